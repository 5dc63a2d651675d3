package org.sharewell.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the gateway. Every request is routed to {@code sharewell.gateway.backend-uri}; the filters in the
 * feature packages resolve the tenant, limit rates and add headers on the way.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    /**
     * Runs the gateway until the process is stopped.
     *
     * @param args Spring Boot command-line arguments, for example {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
