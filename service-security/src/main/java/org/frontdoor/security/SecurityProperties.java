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
 * @param audit          how the audit trail keeps refusals
 */
@ConfigurationProperties("frontdoor.security")
public record SecurityProperties(Token token,
                                 @DefaultValue("256KB") DataSize maxRequestSize,
                                 @DefaultValue RateLimit rateLimit,
                                 @DefaultValue Audit audit) {

    public SecurityProperties {
        // An unset ${FRONTDOOR_TOKEN_ISSUER} binds as its own text: a service would start and
        // then refuse every token. Refusing to start says what is wrong.
        if (token == null || token.issuer() == null || token.issuer().isBlank() || token.issuer().contains("${")) {
            throw new IllegalArgumentException("frontdoor.security.token.issuer must name the identity provider whose tokens "
                    + "are trusted (set FRONTDOOR_TOKEN_ISSUER)");
        }
        // Blank, every token would be refused: a mistake to report at start, not at the first request.
        if (token.audience() == null || token.audience().isBlank()) {
            throw new IllegalArgumentException("frontdoor.security.token.audience must name the audience the tokens are "
                    + "issued for (front-door-api unless the identity provider says otherwise)");
        }
    }

    /**
     * Which bearer tokens are trusted: only those the issuer signed, that name it as {@code iss}
     * and that name the Front Door API among their audiences ({@code aud}). The signing keys come,
     * in order of preference, from a fixed public key, a JWK set address, or the issuer's own
     * discovery document (looked up at the first request, so a service starts while its identity
     * provider is still starting).
     *
     * @param issuer            the issuer URI, exactly as tokens carry it
     * @param jwkSetUri         where the issuer publishes its keys; optional
     * @param publicKeyLocation a PEM RSA public key, for tests and air-gapped installs; optional
     * @param audience          the audience every Front Door service requires, the same for all of them so
     *                          that one token serves a caller in every service; a token the issuer made
     *                          for another system is refused
     */
    public record Token(String issuer, URI jwkSetUri, Resource publicKeyLocation,
                        @DefaultValue("front-door-api") String audience) {
    }

    /**
     * A token bucket per client: {@code burst} requests at once, refilled at {@code requestsPerSecond}.
     * Requests without a valid token share a bucket of the same size per client address, spent
     * before the token is read, so guessing tokens is slow too and a flood of them is cheap to refuse.
     *
     * @param idleAfter a bucket untouched this long is forgotten
     */
    public record RateLimit(@DefaultValue("20") double requestsPerSecond,
                            @DefaultValue("100") int burst,
                            @DefaultValue("10m") Duration idleAfter) {
    }

    /**
     * How many refusals (400 from the firewall, 401, 403, 413, 429) the audit trail itemises. A
     * flood of refusals must not flood the trail: each client address has {@code refusalsPerAddress}
     * records per window, and what it is refused beyond that is written once the window ends, as
     * one summary record per address and status.
     *
     * @param refusalsPerAddress refusals itemised per client address in one window
     * @param refusalWindow      how long a window lasts
     */
    public record Audit(@DefaultValue("20") int refusalsPerAddress,
                        @DefaultValue("1m") Duration refusalWindow) {
    }
}
