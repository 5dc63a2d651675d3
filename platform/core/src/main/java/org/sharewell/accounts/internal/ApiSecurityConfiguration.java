package org.sharewell.accounts.internal;

import org.sharewell.web.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;

/**
 * Security for {@code /api/**}: stateless, authenticated by bearer tokens (see {@link ApiTokens}).
 * The API never reads a session cookie, which is why CSRF protection is not needed here: a forged
 * cross-site request carries no credentials the API accepts. Errors are problem details.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** Before the UI's catch-all chain. */
    static final int ORDER = 1;

    @Bean
    @Order(ORDER)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens,
                                    ObjectProvider<SecurityContextHolderStrategy> contextHolder) throws Exception {
        var bearer = new AuthenticationFilter(new ProviderManager(ApiTokenAuthentication.provider(tokens)),
                ApiTokenAuthentication.converter());
        // The same context holder as the rest of the chain. Vaadin declares its own (with its own
        // ThreadLocal) and makes it global only after every bean exists; a filter made by hand keeps
        // whichever was global when it was made, and its authentication would never be seen.
        bearer.setSecurityContextHolderStrategy(contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
        bearer.setSuccessHandler((request, response, authentication) -> { });
        bearer.setFailureHandler((request, response, failure) -> unauthorised().commence(request, response, failure));
        return http
                .securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore(bearer, AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // Everything under /api/v1/public/ answers without signing in, whatever the method: the
                        // name is the promise, so a new public endpoint needs no new entry here.
                        .requestMatchers(HttpMethod.POST, "/api/v1/signup", "/api/v1/tokens").permitAll()
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi", "/api/v1/openapi/**", "/api/v1/manage/health").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorised())
                        .accessDeniedHandler(forbidden()))
                .build();
    }

    @Bean
    FilterRegistrationBean<TenantMembershipFilter> tenantMembershipFilter(BrowserSessions sessions, AuthorityLookup authorities) {
        var registration = new FilterRegistrationBean<>(new TenantMembershipFilter(sessions, authorities));
        registration.setOrder(TenantMembershipFilter.ORDER);
        return registration;
    }

    static AuthenticationEntryPoint unauthorised() {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "Sign-in needed",
                    "Send a valid API token in the Authorization header (Authorization: Bearer <token>). "
                            + "Get one from POST /api/v1/tokens.");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, denied) -> ProblemResponses.write(request, response, HttpStatus.FORBIDDEN,
                "Not allowed", "Your role in this organisation does not allow this.");
    }
}
