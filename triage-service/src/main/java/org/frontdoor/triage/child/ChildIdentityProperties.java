package org.frontdoor.triage.child;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secret key of the HMAC that turns a child's identifiers into a child reference, so the
 *               reference (which travels in alerts, URLs and logs) cannot be reversed into an NHS
 *               number or a name and date of birth. Changing it splits every child's history.
 */
@ConfigurationProperties("triage.child-identity")
public record ChildIdentityProperties(String secret) {

    public ChildIdentityProperties {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("triage.child-identity.secret must be at least 16 characters");
        }
    }
}
