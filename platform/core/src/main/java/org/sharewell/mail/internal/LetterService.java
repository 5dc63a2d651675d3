package org.sharewell.mail.internal;

import org.sharewell.mail.Email;
import org.sharewell.mail.Letter;
import org.sharewell.mail.Letters;
import org.sharewell.mail.Outbox;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;

/** Writes letters from their templates and queues them; see {@link Letters} for the contract. */
@Service
class LetterService implements Letters {

    private final Outbox outbox;
    private final Tenants tenants;
    private final TemplateEngine templates = new TemplateEngine();

    LetterService(Outbox outbox, Tenants tenants) {
        this.outbox = outbox;
        this.tenants = tenants;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("email/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        templates.setTemplateResolver(resolver);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Letter letter) {
        String organisation = tenants.findById(TenantScope.required()).map(Tenant::name).orElse("your organisation");
        var values = new HashMap<>(letter.values());
        values.put("organisation", organisation);
        String written;
        try {
            written = templates.process(letter.template(), new Context(Locale.UK, values));
        } catch (TemplateInputException missing) {
            throw new IllegalArgumentException("There is no email template '" + letter.template() + "'", missing);
        }
        var letterText = LetterText.of(written, letter.recipientName(), organisation);
        outbox.queue(new Email(letter.to(), letterText.subject(), letterText.text(), HtmlAlternative.of(letterText), letter.attachment()));
    }
}
