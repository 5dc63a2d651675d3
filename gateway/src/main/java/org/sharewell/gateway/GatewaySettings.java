package org.sharewell.gateway;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Settings under {@code sharewell.gateway}. Defaults live in {@code application.yaml}, the one place to read them.
 *
 * @param backendUri     where all traffic is forwarded: the platform application
 * @param baseDomain     the domain whose single-label sub-domains are tenant addresses, so {@code acme.localhost}
 *                       belongs to the tenant {@code acme} when this is {@code localhost}
 * @param trustedProxies IP addresses or CIDR ranges of proxies in front of the gateway; only requests arriving
 *                       directly from one of them may set the client address, scheme, host, port, path prefix
 *                       and request id through headers. Empty means nobody is trusted.
 * @param otherHosts     host names, besides the base domain and its sub-domains, that the gateway answers
 *                       (say, the address a load balancer's health check uses); a request to any other host
 *                       is refused
 */
@Validated
@ConfigurationProperties("sharewell.gateway")
public record GatewaySettings(
        @NotNull URI backendUri,
        @NotBlank
        @Pattern(regexp = "^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$",
                message = "must be a lower-case domain name such as sharewell.example or localhost")
        String baseDomain,
        @NotNull List<@NotBlank String> trustedProxies,
        @Nullable List<@NotBlank String> otherHosts) {

    public GatewaySettings {
        trustedProxies = List.copyOf(trustedProxies);
        otherHosts = otherHosts == null ? List.of() : otherHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).toList();
    }
}
