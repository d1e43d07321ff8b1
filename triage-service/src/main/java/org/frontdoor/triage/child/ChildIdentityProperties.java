package org.frontdoor.triage.child;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secret key of the HMAC that turns a child's identifiers into a child reference, so the
 *               reference (which travels in alerts, URLs and logs) cannot be reversed into an NHS
 *               number or a name and date of birth. Each authority sets its own, once: there is
 *               no default, because anyone who knows the key can test guessed identifiers against
 *               a reference. Changing it splits every child's history.
 */
@ConfigurationProperties("triage.child-identity")
public record ChildIdentityProperties(String secret) {

    /** Where the secret comes from; application.yml reads it into {@code triage.child-identity.secret}. */
    public static final String VARIABLE = "TRIAGE_CHILD_IDENTITY_SECRET";
    static final int MINIMUM_LENGTH = 16;
    /** Once shipped as a default in application.yml, so public: it protects nothing. */
    private static final String PUBLISHED_DEVELOPMENT_SECRET = "local-development-only-child-identity-key";

    public ChildIdentityProperties {
        if (secret == null || secret.isBlank()) {
            throw refused("is not set");
        }
        if (secret.length() < MINIMUM_LENGTH) {
            throw refused("is shorter than " + MINIMUM_LENGTH + " characters");
        }
        if (secret.equals(PUBLISHED_DEVELOPMENT_SECRET)) {
            throw refused("is the development value once published with the source code");
        }
    }

    /** Names the variable, never the value. */
    private static IllegalArgumentException refused(String problem) {
        return new IllegalArgumentException("The child-identity secret " + problem + ". Set " + VARIABLE
                + " to this authority's own secret of at least " + MINIMUM_LENGTH + " characters: it keys the child "
                + "references (docs/decisions/0004-child-references.md).");
    }
}
