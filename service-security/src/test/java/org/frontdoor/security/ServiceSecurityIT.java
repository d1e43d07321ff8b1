package org.frontdoor.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.frontdoor.events.AccessAudited;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.micrometer.core.instrument.MeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = ServiceSecurityIT.ThingService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=thing-service",
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "management.endpoints.web.exposure.include=health,metrics",
                "frontdoor.security.max-request-size=1KB",
                "frontdoor.security.rate-limit.burst=20",
                "frontdoor.security.rate-limit.requests-per-second=0.01"})
@EmbeddedKafka(partitions = 1)
class ServiceSecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MeterRegistry meters;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void trustTestIssuer(DynamicPropertyRegistry registry) {
        TestTokens.resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    void aRequestWithoutTokenIsRefusedWithAChallengeAndProblemDetails() throws Exception {
        HttpResponse<String> response = get("/api/v1/things/t-1", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401").doesNotContain("t-1");
    }

    @Test
    void expiredWrongIssuerAndForgedTokensAreAllRefused() throws Exception {
        assertThat(get("/api/v1/things/t-1", TestTokens.expired(FrontDoorRole.FRONT_DOOR)).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/things/t-1", TestTokens.fromWrongIssuer(FrontDoorRole.FRONT_DOOR)).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/things/t-1", TestTokens.forgedSignature(FrontDoorRole.FRONT_DOOR)).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/things/t-1", "not-a-jwt").statusCode()).isEqualTo(401);
    }

    @Test
    void aGrantedRoleIsAllowedAndAnotherRoleIsForbidden() throws Exception {
        assertThat(get("/api/v1/things/t-1", TestTokens.frontDoor()).statusCode()).isEqualTo(200);

        HttpResponse<String> practitioner = get("/api/v1/things/t-1", TestTokens.practitioner());
        assertThat(practitioner.statusCode()).isEqualTo(403);
        assertThat(practitioner.body()).contains("\"status\":403");
    }

    @Test
    void aPathTheFirewallRefusesIsAProblemThatDoesNotEchoThePath() throws Exception {
        HttpResponse<String> response = get("/api/v1/things/amy;smith", TestTokens.frontDoor());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("amy").doesNotContain("smith");
    }

    @Test
    void aManagerMayDoWhateverFrontDoorStaffMay() throws Exception {
        assertThat(get("/api/v1/things/t-1", TestTokens.manager()).statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/things", TestTokens.manager(), "{}").statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/things", TestTokens.frontDoor(), "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void aPartnerTokenWithoutAnAgencyGrantsNothing() throws Exception {
        String agencyless = TestTokens.withRoles("partner-without-agency", List.of("PARTNER"), null);

        assertThat(get("/api/v1/partner-things", agencyless).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/partner-things", TestTokens.partner("POLICE")).statusCode()).isEqualTo(200);
    }

    @Test
    void anEndpointNoServiceRuleGrantsIsDeniedToEveryRole() throws Exception {
        for (FrontDoorRole role : FrontDoorRole.values()) {
            assertThat(get("/api/v1/ungranted", TestTokens.forRole("ungranted-" + role, role)).statusCode())
                    .as(role.name()).isEqualTo(403);
        }
    }

    @Test
    void healthIsOpenAndMetricsNeedTheMonitoringRole() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", TestTokens.manager()).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics", TestTokens.monitoring()).statusCode()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/api/v1/things/t-1", TestTokens.frontDoor());

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhetherOrNotItsLengthIsDeclared() throws Exception {
        String big = "{\"padding\":\"" + "x".repeat(2048) + "\"}";
        assertThat(post("/api/v1/things", TestTokens.manager(), big).statusCode()).isEqualTo(413);

        HttpRequest chunked = HttpRequest.newBuilder(uri("/api/v1/things"))
                .header("Authorization", "Bearer " + TestTokens.manager())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(big)))
                .build();
        assertThat(http.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);

        HttpRequest smallChunked = HttpRequest.newBuilder(uri("/api/v1/things"))
                .header("Authorization", "Bearer " + TestTokens.manager())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(chunks("{\"a\":", "1}")))
                .build();
        HttpResponse<String> small = http.send(smallChunked, HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aClientOverItsRateIsToldToWaitWhileOthersCarryOn() throws Exception {
        String busy = TestTokens.withRoles("busy-client", List.of("FRONT_DOOR"), null);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            statuses.add(get("/api/v1/things/t-1", busy).statusCode());
        }

        assertThat(statuses.subList(0, 20)).containsOnly(200);
        assertThat(statuses.subList(20, 25)).containsOnly(429);
        HttpResponse<String> refused = get("/api/v1/things/t-1", busy);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(get("/api/v1/things/t-1", TestTokens.withRoles("calm-client", List.of("FRONT_DOOR"), null)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyReadAndRefusalIsAuditedWithWhoWhatAndWhen() throws Exception {
        String auditor = TestTokens.withRoles("audited-reader", List.of("FRONT_DOOR"), null);
        get("/api/v1/things/t-audit?contactId=c-9&name=Amy", auditor);
        get("/api/v1/things/t-refused", TestTokens.withRoles("audited-practitioner", List.of("PRACTITIONER"), null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<AccessAudited> trail = auditTrail();
            assertThat(trail).anySatisfy(event -> {
                assertThat(event.getSubject()).isEqualTo("audited-reader");
                assertThat(event.getRoles()).containsExactly("FRONT_DOOR");
                assertThat(event.getMethod()).isEqualTo("GET");
                assertThat(event.getRoute()).isEqualTo("/api/v1/things/{thingId}");
                assertThat(event.getResourceIds()).isEqualTo(Map.of("thingId", "t-audit", "contactId", "c-9"));
                assertThat(event.getStatus()).isEqualTo(200);
                assertThat(event.getService()).isEqualTo("thing-service");
                assertThat(event.getOccurredAt()).isNotNull();
            });
            assertThat(trail).anySatisfy(event -> {
                assertThat(event.getSubject()).isEqualTo("audited-practitioner");
                assertThat(event.getStatus()).isEqualTo(403);
            });
        });
    }

    @Test
    void theAuditProducerReportsItsKafkaClientMeters() throws Exception {
        get("/api/v1/things/t-metered", TestTokens.withRoles("metered-reader", List.of("FRONT_DOOR"), null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(meters.find("kafka.producer.record.send.total")
                .functionCounters()).anySatisfy(sent -> {
                    assertThat(sent.getId().getTag("spring.id")).startsWith("auditProducerFactory.thing-service-audit");
                    assertThat(sent.count()).isPositive();
                }));
    }

    private List<AccessAudited> auditTrail() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.GROUP_ID_CONFIG, "audit-reader-" + System.nanoTime());
        try (KafkaConsumer<String, AccessAudited> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new AvroDeserializer<>(AccessAudited.class))) {
            consumer.subscribe(List.of(Topics.auditTrailOf("thing-service").name()));
            List<AccessAudited> events = new ArrayList<>();
            consumer.poll(Duration.ofSeconds(3)).forEach(record -> events.add(record.value()));
            return events;
        }
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static Flow.Publisher<java.nio.ByteBuffer> chunks(String... parts) {
        List<HttpRequest.BodyPublisher> publishers = IntStream.range(0, parts.length)
                .mapToObj(i -> HttpRequest.BodyPublishers.ofString(parts[i])).toList();
        return HttpRequest.BodyPublishers.concat(publishers.toArray(HttpRequest.BodyPublisher[]::new));
    }

    @SpringBootApplication
    static class ThingService {

        @Bean
        EndpointAccess thingAccess() {
            return endpoints -> endpoints
                    .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/things/*").hasRole("FRONT_DOOR")
                    .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/things").hasRole("MANAGER")
                    .requestMatchers("/api/v1/partner-things").hasRole("PARTNER");
        }

        @RestController
        static class Things {

            @GetMapping("/api/v1/things/{thingId}")
            Map<String, String> thing(@PathVariable String thingId) {
                return Map.of("thingId", thingId);
            }

            @PostMapping("/api/v1/things")
            String create(@RequestBody String body) {
                return body;
            }

            @GetMapping("/api/v1/partner-things")
            List<String> partnerThings() {
                return List.of();
            }

            @GetMapping("/api/v1/ungranted")
            String ungranted() {
                return "never";
            }
        }
    }
}
