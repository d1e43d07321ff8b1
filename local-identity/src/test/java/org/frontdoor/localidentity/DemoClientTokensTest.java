package org.frontdoor.localidentity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * Each demo client gets a token by client credentials, and the token verifies exactly as a
 * service verifies it: keys found through the issuer's discovery document, issuer checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class DemoClientTokensTest {

    // The issuer names the real port, so discovery and the key set are reached as a service reaches them.
    private static final int PORT = freePort();
    private static final String ISSUER = "http://localhost:" + PORT;

    private final RestClient http = RestClient.create(ISSUER);

    @DynamicPropertySource
    static void listenWhereTheIssuerSays(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("local-identity.issuer", () -> ISSUER);
    }

    static Stream<Arguments> demoClients() {
        return Stream.of(
                Arguments.of("front-door-demo", List.of("FRONT_DOOR"), null),
                Arguments.of("manager-demo", List.of("MANAGER"), null),
                Arguments.of("practitioner-demo", List.of("PRACTITIONER"), null),
                Arguments.of("police-demo", List.of("PARTNER"), "POLICE"),
                Arguments.of("school-demo", List.of("PARTNER"), "SCHOOL"),
                Arguments.of("health-visitor-demo", List.of("PARTNER"), "HEALTH_VISITOR"),
                Arguments.of("prometheus", List.of("MONITORING"), null));
    }

    @ParameterizedTest
    @MethodSource("demoClients")
    void aDemoClientGetsAnHourLongSignedTokenNamingItsRolesAndAgency(String clientId, List<String> roles, String agency) {
        JsonNode response = http.post().uri("/oauth2/token")
                .headers(headers -> headers.setBasicAuth(clientId, clientId + "-secret"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=client_credentials")
                .retrieve().body(JsonNode.class);

        assertThat(response.path("token_type").asString()).isEqualTo("Bearer");
        Jwt token = asAServiceVerifiesIt().decode(response.path("access_token").asString());
        assertThat(token.getHeaders()).containsEntry("alg", "RS256");
        assertThat(token.getIssuer()).hasToString(ISSUER);
        assertThat(token.getSubject()).isEqualTo(clientId);
        assertThat(token.getClaimAsStringList("roles")).isEqualTo(roles);
        assertThat(token.getClaimAsString("agency")).isEqualTo(agency);
        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofHours(1));
    }

    @ParameterizedTest
    @MethodSource("demoClients")
    void aDemoClientsTokenIsForTheFrontDoorApiWhichEveryServiceRequires(String clientId) {
        Jwt token = asAServiceVerifiesIt().decode(tokenFor(clientId));

        assertThat(token.getAudience()).containsExactly("front-door-api");
    }

    @Test
    void theDiscoveryDocumentNamesTheIssuerItsKeysAndItsTokenEndpoint() {
        JsonNode metadata = http.get().uri("/.well-known/oauth-authorization-server").retrieve().body(JsonNode.class);

        assertThat(metadata.path("issuer").asString()).isEqualTo(ISSUER);
        assertThat(metadata.path("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(metadata.path("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(http.get().uri("/oauth2/jwks").retrieve().body(JsonNode.class).path("keys").get(0).path("kty").asString())
                .isEqualTo("RSA");
    }

    @Test
    void aWrongSecretIsRefused() {
        assertThat(tokenRequestStatus(HttpHeaders.AUTHORIZATION, basic("manager-demo", "front-door-demo-secret")).value()).isEqualTo(401);
    }

    @Test
    void anUnknownClientIsRefused() {
        assertThat(tokenRequestStatus(HttpHeaders.AUTHORIZATION, basic("director-demo", "director-demo-secret")).value()).isEqualTo(401);
    }

    @Test
    void aTokenRequestWithoutCredentialsIsRefused() {
        assertThat(tokenRequestStatus(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE).value()).isEqualTo(401);
    }

    @Test
    void theHealthCheckIsOpen() {
        assertThat(http.get().uri("/actuator/health").retrieve().body(JsonNode.class).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void thereIsNothingElseToReach() {
        HttpStatusCode status = http.get().uri("/login").exchange((request, response) -> response.getStatusCode());

        assertThat(status.value()).isEqualTo(403);
    }

    private String tokenFor(String clientId) {
        return http.post().uri("/oauth2/token")
                .headers(headers -> headers.setBasicAuth(clientId, clientId + "-secret"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=client_credentials")
                .retrieve().body(JsonNode.class).path("access_token").asString();
    }

    private HttpStatusCode tokenRequestStatus(String header, String value) {
        return http.post().uri("/oauth2/token")
                .header(header, value)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=client_credentials")
                .exchange((request, response) -> response.getStatusCode());
    }

    private static JwtDecoder asAServiceVerifiesIt() {
        return JwtDecoders.fromIssuerLocation(ISSUER);
    }

    private static String basic(String clientId, String secret) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(clientId, secret);
        return headers.getFirst(HttpHeaders.AUTHORIZATION);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
