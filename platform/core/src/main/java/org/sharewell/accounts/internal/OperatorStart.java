package org.sharewell.accounts.internal;

import org.sharewell.accounts.SignUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the Sharewell operator on first start, before anything else runs (the demo world expects
 * it), and gives it the configured first admin while it has no login.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OperatorStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperatorStart.class);

    private final SignUp signUp;
    private final OperatorSettings settings;

    OperatorStart(SignUp signUp, OperatorSettings settings) {
        this.signUp = signUp;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        var operator = signUp.operator();
        if (settings.adminEmail() != null) {
            signUp.firstOperatorAdmin(settings.adminName(), settings.adminEmail(), null).ifPresent(admin ->
                    log.info("The Sharewell operator ({}) has its first admin, {}: a link to choose a password is on its way",
                            operator.slug().value(), admin.email()));
        }
    }
}
