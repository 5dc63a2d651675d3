package org.sharewell.admin.shell;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.sharewell.admin.shared.AudienceCheck;
import org.sharewell.admin.login.LoginView;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Security for the web interface: form sign-in through the login view, session cookies with CSRF
 * protection (Vaadin's own for its requests, Spring's for the rest), a new session id at sign-in,
 * a content security policy that allows only what Vaadin needs, and the rules for which pages open.
 */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

    /** After the REST API's chain (order 1), which claims /api/** first. */
    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        return http
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        // Vaadin's pages are served through a servlet forward, which lazily written
                        // headers would miss: write them before the request is handled.
                        .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        })
                        .contentSecurityPolicy(csp -> csp.policyDirectives(String.join("; ",
                                "default-src 'self'",
                                // Vaadin Flow's client runs server-sent JavaScript through new Function(),
                                // which needs 'unsafe-eval'; its bootstrap is an inline script.
                                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                                "style-src 'self' 'unsafe-inline'",
                                "img-src 'self' data: blob:",
                                "connect-src 'self'",
                                "font-src 'self' data:",
                                "frame-ancestors 'none'",
                                "form-action 'self'",
                                "base-uri 'self'",
                                "object-src 'none'")))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                // Our own stylesheet and icon are needed on the sign-in and sign-up pages too.
                .authorizeHttpRequests(requests -> requests.requestMatchers("/sharewell.css", "/favicon.ico").permitAll())
                // An address matching no other rule reaches Vaadin once signed in, so that it shows its
                // "Page not found" in the layout rather than the browser's own 403; before signing in
                // it asks the person to sign in, as any page does.
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /**
     * Who may open which page, and so what the menu offers: the roles on each view, and the audience
     * of the pages only some organisations have a use for. Static, as Vaadin asks, so that it is
     * ready before the security filter chain that uses it.
     */
    @Bean
    static NavigationAccessControlConfigurer navigationAccess(BeanFactory audiences, AccessAnnotationChecker roles) {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withNavigationAccessChecker(new AudienceCheck(audiences, roles))
                .withDecisionResolver(new DenialWins());
    }
}
