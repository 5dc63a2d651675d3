package org.sharewell.gateway;

import org.junit.jupiter.api.Test;
import org.sharewell.gateway.ratelimit.RateLimitSettings;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsValidationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withPropertyValues(
                    "sharewell.gateway.backend-uri=http://localhost:8081",
                    "sharewell.gateway.base-domain=sharewell.example",
                    "sharewell.gateway.trusted-proxies=10.0.0.0/8",
                    "sharewell.gateway.rate-limit.max-tracked-clients=10",
                    "sharewell.gateway.rate-limit.rules[0].name=login",
                    "sharewell.gateway.rate-limit.rules[0].paths=/login",
                    "sharewell.gateway.rate-limit.rules[0].capacity=5",
                    "sharewell.gateway.rate-limit.rules[0].refill-period=1m");

    @Test
    void acceptsSensibleSettings() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(RateLimitSettings.class).rules().getFirst().methods()).isEmpty();
        });
    }

    @Test
    void refusesAnUpperCaseBaseDomain() {
        runner.withPropertyValues("sharewell.gateway.base-domain=Sharewell.Example")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void refusesARuleWithoutCapacityOrPaths() {
        runner.withPropertyValues("sharewell.gateway.rate-limit.rules[0].capacity=0")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("sharewell.gateway.rate-limit.rules[0].paths=login")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void refusesARefillPeriodUnderASecond() {
        runner.withPropertyValues("sharewell.gateway.rate-limit.rules[0].refill-period=0s")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void refusesTwoRulesWithTheSameName() {
        runner.withPropertyValues(
                        "sharewell.gateway.rate-limit.rules[1].name=login",
                        "sharewell.gateway.rate-limit.rules[1].paths=/api/v1/tokens",
                        "sharewell.gateway.rate-limit.rules[1].capacity=5",
                        "sharewell.gateway.rate-limit.rules[1].refill-period=1m")
                .run(context -> assertThat(context).hasFailed());
    }

    @EnableConfigurationProperties({GatewaySettings.class, RateLimitSettings.class})
    static class Settings {
    }
}
