package org.frontdoor.security;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * Limits every API applies to every caller.
 *
 * @param token          which bearer tokens are trusted
 * @param maxRequestSize the largest request body accepted; larger is 413 before the body is parsed
 * @param rateLimit      how many requests each client may make
 */
@ConfigurationProperties("frontdoor.security")
public record SecurityProperties(Token token,
                                 @DefaultValue("256KB") DataSize maxRequestSize,
                                 @DefaultValue RateLimit rateLimit) {

    public SecurityProperties {
        // An unset ${FRONTDOOR_TOKEN_ISSUER} binds as its own text: a service would start and
        // then refuse every token. Refusing to start says what is wrong.
        if (token == null || token.issuer() == null || token.issuer().isBlank() || token.issuer().contains("${")) {
            throw new IllegalArgumentException("frontdoor.security.token.issuer must name the identity provider whose tokens "
                    + "are trusted (set FRONTDOOR_TOKEN_ISSUER)");
        }
    }

    /**
     * Which bearer tokens are trusted: only those the issuer signed and that name it as {@code iss}.
     * The signing keys come, in order of preference, from a fixed public key, a JWK set address,
     * or the issuer's own OpenID discovery document (looked up at the first request, so a service
     * starts while its identity provider is still starting).
     *
     * @param issuer            the issuer URI, exactly as tokens carry it
     * @param jwkSetUri         where the issuer publishes its keys; optional
     * @param publicKeyLocation a PEM RSA public key, for tests and air-gapped installs; optional
     */
    public record Token(String issuer, URI jwkSetUri, Resource publicKeyLocation) {
    }

    /**
     * A token bucket per client: {@code burst} requests at once, refilled at {@code requestsPerSecond}.
     * Callers without a valid token share a bucket per address, so guessing tokens is slow too.
     *
     * @param idleAfter a bucket untouched this long is forgotten
     */
    public record RateLimit(@DefaultValue("20") double requestsPerSecond,
                            @DefaultValue("100") int burst,
                            @DefaultValue("10m") Duration idleAfter) {
    }
}
