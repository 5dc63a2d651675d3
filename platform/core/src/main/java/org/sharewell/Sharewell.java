package org.sharewell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * The Sharewell platform. Each direct sub-package is a Spring Modulith module; the tenant-admin UI
 * ({@code org.sharewell.admin}) joins them from its own jar when the app is assembled.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Sharewell", sharedModules = {"kernel", "web"})
public class Sharewell {

    public static void main(String[] args) {
        SpringApplication.run(Sharewell.class, args);
    }
}
