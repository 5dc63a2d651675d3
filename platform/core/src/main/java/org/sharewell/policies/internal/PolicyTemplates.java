package org.sharewell.policies.internal;

import org.sharewell.kernel.AutomaticWork;
import org.sharewell.kernel.PageRequest;
import org.sharewell.publishing.Audience;
import org.sharewell.publishing.Change;
import org.sharewell.publishing.DocumentKind;
import org.sharewell.publishing.Documents;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The policy templates Sharewell ships (in {@code templates/policy/}), published by the operator to
 * every organisation on the first start that finds it with none, as Sharewell itself. After that they
 * are the operator's admins' to change: a new version reaches every organisation that adopted one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PolicyTemplates implements ApplicationRunner {

    /** In the order an organisation would adopt them: the policy first. */
    static final List<String> FILES = List.of("social-media-policy.md", "escalation-procedure.md",
            "personal-use-guidelines.md", "account-manager-guidelines.md");

    private static final Logger log = LoggerFactory.getLogger(PolicyTemplates.class);

    private final Documents documents;
    private final Tenants tenants;
    private final TransactionTemplate transaction;

    PolicyTemplates(Documents documents, Tenants tenants, TransactionTemplate transaction) {
        this.documents = documents;
        this.tenants = tenants;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        tenants.operator().ifPresent(operator -> TenantScope.runAs(operator.id(), () -> AutomaticWork.run(() ->
                transaction.executeWithoutResult(status -> {
                    if (documents.ours(DocumentKind.POLICY, PageRequest.of(0, 1)).total() > 0) {
                        return;
                    }
                    for (String file : FILES) {
                        String body = read(file);
                        String title = body.lines().findFirst().orElseThrow().replaceFirst("^#\\s*", "")
                                .replace(" for {{organisation_name}}", "").replace(": {{organisation_name}}", "")
                                .replace(" of {{organisation_name}}", "").replace(" at {{organisation_name}}", "");
                        var template = documents.create(DocumentKind.POLICY, Audience.EVERY_ORGANISATION, title, body);
                        documents.publish(template.id(), Change.SUBSTANTIVE, "First version, written by Sharewell");
                    }
                    log.info("Published Sharewell's {} policy templates to every organisation", FILES.size());
                }))));
    }

    static String read(String file) {
        try {
            return new ClassPathResource("templates/policy/" + file).getContentAsString(StandardCharsets.UTF_8).strip();
        } catch (IOException missing) {
            throw new UncheckedIOException("The policy template " + file + " is missing from the build", missing);
        }
    }
}
