package org.frontdoor.localidentity;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * What the authorization server issues, and to whom: the demo clients, the issuer, the signing
 * key, and the claims the services read from each access token.
 */
@Configuration(proxyBeanMethods = false)
class TokenIssuing {

    static final String ROLES_CLAIM = "roles";
    static final String AGENCY_CLAIM = "agency";

    // The secrets are demo values in application.yml, compared as they are written there.
    private static final String PLAIN_TEXT_SECRET = "{noop}";

    @Bean
    RegisteredClientRepository demoClients(LocalIdentityProperties properties) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.tokenLifetime()).build();
        List<RegisteredClient> clients = properties.clients().entrySet().stream()
                .map(client -> RegisteredClient.withId(client.getKey())
                        .clientId(client.getKey())
                        .clientSecret(PLAIN_TEXT_SECRET + client.getValue().secret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(tokens)
                        .build())
                .toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(LocalIdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(LocalIdentityProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(properties.keyFile() != null
                ? SigningKey.keptIn(properties.keyFile())
                : SigningKey.generate()));
    }

    /**
     * The subject is the client id already; the services also need its roles and, for a partner,
     * its agency, and refuse an access token that does not name the Front Door API as its
     * audience. The audience replaces the client id the server names by default: the token is
     * for the API, and one token serves every service.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> frontDoorClaims(LocalIdentityProperties properties) {
        return context -> {
            LocalIdentityProperties.DemoClient client = properties.clients().get(context.getRegisteredClient().getClientId());
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims().audience(List.of(properties.audience()));
            }
            context.getClaims().claim(ROLES_CLAIM, client.roles());
            if (client.agency() != null) {
                context.getClaims().claim(AGENCY_CLAIM, client.agency());
            }
        };
    }
}
