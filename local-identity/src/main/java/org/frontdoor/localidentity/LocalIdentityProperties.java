package org.frontdoor.localidentity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity provider's issuer, signing key and demo clients.
 *
 * @param issuer        the issuer URI every token names as {@code iss}, exactly as the services are told to trust it
 * @param audience      the audience every access token names as {@code aud}: the one every service requires
 *                      ({@code frontdoor.security.token.audience})
 * @param keyFile       where the signing key is kept, so tokens outlive a restart; unset, a new key is made at every start
 * @param tokenLifetime how long an access token is valid
 * @param clients       the demo clients by client id
 */
@ConfigurationProperties("local-identity")
public record LocalIdentityProperties(String issuer,
                                      @DefaultValue("front-door-api") String audience,
                                      Path keyFile,
                                      @DefaultValue("1h") Duration tokenLifetime,
                                      Map<String, DemoClient> clients) {

    static final String PARTNER = "PARTNER";

    public LocalIdentityProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("local-identity.issuer must name the issuer URI the services trust");
        }
        if (clients == null || clients.isEmpty()) {
            throw new IllegalArgumentException("local-identity.clients must define at least one demo client");
        }
        clients.forEach(LocalIdentityProperties::requireComplete);
        clients = Map.copyOf(clients);
    }

    private static void requireComplete(String clientId, DemoClient client) {
        if (client.secret() == null || client.secret().isBlank()) {
            throw new IllegalArgumentException("local-identity.clients." + clientId + ".secret is required");
        }
        if (client.roles().isEmpty()) {
            throw new IllegalArgumentException("local-identity.clients." + clientId + ".roles must name at least one role");
        }
        // The services grant a partner nothing without an agency: such a client would be useless.
        if (client.roles().contains(PARTNER) && client.agency() == null) {
            throw new IllegalArgumentException("local-identity.clients." + clientId + " is a PARTNER and needs an agency");
        }
    }

    /**
     * One demo client, which authenticates with HTTP Basic and gets tokens by client credentials.
     *
     * @param secret its client secret; demo secrets are for a developer's machine only
     * @param roles  the {@code roles} claim of its tokens
     * @param agency the {@code agency} claim of its tokens, for a partner agency's client
     */
    public record DemoClient(String secret, List<String> roles, String agency) {

        public DemoClient {
            roles = roles != null ? List.copyOf(roles) : List.of();
            agency = agency != null && !agency.isBlank() ? agency : null;
        }
    }
}
