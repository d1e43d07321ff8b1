package org.frontdoor.localstack;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tokens from the stack's own identity provider, got by client credentials exactly as a
 * developer gets them with curl. Each demo client's token is fetched once and reused: it is
 * valid for an hour, and the services check its expiry against real time, not the shared clock.
 */
final class DemoTokens {

    private final RestClient identityProvider;
    private final Map<DemoClient, String> tokens = new ConcurrentHashMap<>();

    DemoTokens(URI issuer) {
        this.identityProvider = RestClient.create(issuer.toString());
    }

    /** A client that calls as this demo client: every request carries its bearer token. */
    RestClient as(DemoClient client) {
        return RestClient.builder().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token(client)).build();
    }

    String token(DemoClient client) {
        return tokens.computeIfAbsent(client, this::requestToken);
    }

    /** The token's claims, read without checking the signature: the services check that. */
    static JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return JsonMapper.shared().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private String requestToken(DemoClient client) {
        JsonNode response = identityProvider.post().uri("/oauth2/token")
                .headers(headers -> headers.setBasicAuth(client.clientId(), client.clientId() + "-secret"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=client_credentials")
                .retrieve().body(JsonNode.class);
        return response.path("access_token").asString();
    }
}
