package org.sharewell.policies.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.mail.Letter;
import org.sharewell.mail.Letters;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Every email the policies module sends, each with the person's own link, built from configuration. */
@Component
class PolicyEmails {

    private final Letters letters;
    private final Tenants tenants;
    private final TenantAddresses addresses;

    PolicyEmails(Letters letters, Tenants tenants, TenantAddresses addresses) {
        this.letters = letters;
        this.tenants = tenants;
        this.addresses = addresses;
    }

    void pleaseRead(String email, String name, String title, int version, LocalDate dueOn, String token, Instant expires) {
        write(email, name, "policies/please-read", title, version, dueOn, token, expires);
    }

    void reminder(String email, String name, String title, int version, LocalDate dueOn, String token, Instant expires) {
        write(email, name, "policies/reminder", title, version, dueOn, token, expires);
    }

    private void write(String email, String name, String template, String title, int version, LocalDate dueOn, String token,
                       Instant expires) {
        var organisation = tenants.findById(TenantScope.required()).orElseThrow();
        String link = addresses.homeOf(organisation.slug()).resolve("acknowledge/" + token).toString();
        letters.send(new Letter(email, name, template, Map.of("title", title, "version", version, "dueOn", UkTime.date(dueOn),
                "link", link, "expires", UkTime.date(expires.minusSeconds(1)))));
    }
}
