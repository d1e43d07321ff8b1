package org.frontdoor.localidentity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The local stack's identity provider: issues signed access tokens to demo clients by client
 * credentials, so the services can be called as each role on one machine. A developer tool
 * only: no production deployment runs it; a local authority uses its own identity provider.
 */
@SpringBootApplication
@EnableConfigurationProperties(LocalIdentityProperties.class)
public class LocalIdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(LocalIdentityApplication.class, args);
    }
}
