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
import java.util.UUID;
import java.util.concurrent.Flow;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
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

/**
 * A service of the shared security alone. Tests that count an address's requests or refusals
 * call from an address of their own, given as X-Forwarded-For, which the service believes from
 * a loopback proxy (as it would from its ingress).
 */
@SpringBootTest(classes = ServiceSecurityIT.ThingService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=thing-service",
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "frontdoor.topics.replication-factor=1",
                "frontdoor.topics.min-insync-replicas=1",
                "server.forward-headers-strategy=native",
                "management.endpoints.web.exposure.include=health,metrics",
                "management.endpoint.health.probes.enabled=true",
                // What a service might set: the shared module overrides it (health details are for MONITORING).
                "management.endpoint.health.show-details=always",
                "frontdoor.security.max-request-size=1KB",
                "frontdoor.security.rate-limit.burst=20",
                "frontdoor.security.rate-limit.requests-per-second=0.01",
                "frontdoor.security.audit.refusals-per-address=5",
                // Long enough never to end by itself during the tests; a test ends it when it needs to.
                "frontdoor.security.audit.refusal-window=1h"})
@EmbeddedKafka(partitions = 1)
class ServiceSecurityIT {

    /** W3C trace context of a caller's request: its trace id is what the audit record should carry. */
    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MeterRegistry meters;

    @Autowired
    RefusalAudit refusalAudit;

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
    void aTokenTheIssuerMadeForAnotherAudienceOrForNoneIsRefused() throws Exception {
        assertThat(get("/api/v1/things/t-1", TestTokens.forAnotherAudience(FrontDoorRole.FRONT_DOOR)).statusCode())
                .isEqualTo(401);
        assertThat(get("/api/v1/things/t-1", TestTokens.withoutAudience(FrontDoorRole.FRONT_DOOR)).statusCode())
                .isEqualTo(401);
        assertThat(get("/actuator/metrics", TestTokens.forAnotherAudience(FrontDoorRole.MONITORING)).statusCode())
                .isEqualTo(401);
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
    void healthDetailsAreShownOnlyToMonitoring() throws Exception {
        HttpResponse<String> anyone = get("/actuator/health", null);
        assertThat(anyone.statusCode()).isEqualTo(200);
        assertThat(anyone.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        assertThat(get("/actuator/health", TestTokens.manager()).body()).doesNotContain("components");

        HttpResponse<String> monitoring = get("/actuator/health", TestTokens.monitoring());
        assertThat(monitoring.statusCode()).isEqualTo(200);
        assertThat(monitoring.body()).contains("components").contains("diskSpace");
    }

    @Test
    void theLivenessAndReadinessProbesAnswerWithoutAToken() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> response = get(probe, null);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
        }
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
    void aFloodOfInvalidTokensIsToldToWaitBeforeTheTokensAreRead() throws Exception {
        String address = "203.0.113.10";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            statuses.add(get("/api/v1/things/t-1", "garbage-" + i, address).statusCode());
        }

        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.subList(20, 25)).containsOnly(429);
        assertThat(get("/api/v1/things/t-1", "garbage", address).headers().firstValue("Retry-After")).isPresent();
        assertThat(get("/api/v1/things/t-1", "garbage", "203.0.113.99").statusCode()).as("another address").isEqualTo(401);
    }

    @Test
    void validTokensDoNotSpendTheirAddressesAllowance() throws Exception {
        // Many users behind one proxy: more of them than an address may make requests without a valid token.
        for (int i = 0; i < 30; i++) {
            String user = TestTokens.withRoles("user-behind-proxy-" + i, List.of("FRONT_DOOR"), null);
            assertThat(get("/api/v1/things/t-1", user, "203.0.113.11").statusCode()).as("user " + i).isEqualTo(200);
        }
    }

    @Test
    void refusalsBeyondAnAddressesAllowanceAreAuditedInOneSummaryRecord() throws Exception {
        String address = "203.0.113.12";
        for (int i = 0; i < 8; i++) {
            assertThat(get("/api/v1/things/t-1", "garbage-" + i, address).statusCode()).isEqualTo(401);
        }
        refusalAudit.closeWindow();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<AccessAudited> fromAddress = auditTrail().stream()
                    .filter(event -> address.equals(event.getClientAddress())).toList();
            assertThat(fromAddress).filteredOn(event -> !event.getRoute().equals("*")).hasSize(5)
                    .allSatisfy(event -> assertThat(event.getStatus()).isEqualTo(401));
            assertThat(fromAddress).filteredOn(event -> event.getRoute().equals("*")).singleElement().satisfies(summary -> {
                assertThat(summary.getStatus()).isEqualTo(401);
                assertThat(summary.getFacts()).containsEntry("notItemised", "3").containsKey("windowStartedAt");
            });
        });
        assertThat(meters.get("frontdoor.audit.refusals.summarised").counter().count()).isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void tooManyRequestsTooLargeBodiesAndFirewallRefusalsAreAudited() throws Exception {
        String busy = TestTokens.withRoles("audited-busy-client", List.of("FRONT_DOOR"), null);
        int status = 0;
        for (int i = 0; i < 21 && status != 429; i++) {
            status = get("/api/v1/things/t-1", busy, "203.0.113.16").statusCode();
        }
        assertThat(status).isEqualTo(429);
        String big = "{\"padding\":\"" + "x".repeat(2048) + "\"}";
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/things")).POST(HttpRequest.BodyPublishers.ofString(big))
                .header("Content-Type", "application/json"), TestTokens.manager(), "203.0.113.14").statusCode()).isEqualTo(413);
        assertThat(get("/api/v1/things/amy;smith", TestTokens.frontDoor(), "203.0.113.15").statusCode()).isEqualTo(400);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<AccessAudited> trail = auditTrail();
            assertThat(trail).anySatisfy(event -> {
                assertThat(event.getStatus()).isEqualTo(429);
                assertThat(event.getSubject()).isEqualTo("audited-busy-client");
                assertThat(event.getClientAddress()).isEqualTo("203.0.113.16");
            });
            assertThat(trail).anySatisfy(event -> {
                assertThat(event.getStatus()).isEqualTo(413);
                assertThat(event.getSubject()).isEqualTo("manager-test");
                assertThat(event.getRoute()).isEqualTo("/api/v1/things");
                assertThat(event.getClientAddress()).isEqualTo("203.0.113.14");
            });
            assertThat(trail).anySatisfy(event -> {
                assertThat(event.getStatus()).isEqualTo(400);
                assertThat(event.getRoute()).isEqualTo(ServiceSecurityConfiguration.FIREWALL_ROUTE);
                assertThat(event.getClientAddress()).isEqualTo("203.0.113.15");
                assertThat(event.toString()).doesNotContain("amy").doesNotContain("smith");
            });
        });
    }

    @Test
    void everyReadAndRefusalIsAuditedWithWhoWhatAndWhen() throws Exception {
        String auditor = TestTokens.withRoles("audited-reader", List.of("FRONT_DOOR"), null);
        get("/api/v1/things/t-audit?contactId=c-9&name=Amy", auditor, "203.0.113.20");
        get("/api/v1/things/t-refused", TestTokens.withRoles("audited-practitioner", List.of("PRACTITIONER"), null),
                "203.0.113.20");

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
    void whoCreatedAThingAndWhoReadItAreAuditedUnderTheSameIdName() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/widgets"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"),
                TestTokens.withRoles("widget-maker", List.of("MANAGER"), null), "203.0.113.21");
        assertThat(created.statusCode()).isEqualTo(201);
        String widgetId = created.body();
        assertThat(get("/api/v1/widgets/" + widgetId, TestTokens.withRoles("widget-reader", List.of("FRONT_DOOR"), null),
                "203.0.113.21").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<AccessAudited> trail = auditTrail();
            assertThat(trail).anySatisfy(event -> {
                assertThat(event.getSubject()).isEqualTo("widget-maker");
                assertThat(event.getRoute()).isEqualTo("/api/v1/widgets");
                assertThat(event.getStatus()).isEqualTo(201);
                assertThat(event.getCreatedIds()).isEqualTo(Map.of("widgetId", widgetId));
            });
            assertThat(trail).anySatisfy(event -> {
                assertThat(event.getSubject()).isEqualTo("widget-reader");
                assertThat(event.getResourceIds()).isEqualTo(Map.of("widgetId", widgetId));
            });
        });
    }

    @Test
    void aCreatedThingTheServiceHasNoReadForIsAuditedUnderAPlainId() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/parcels"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"),
                TestTokens.withRoles("parcel-sender", List.of("MANAGER"), null), "203.0.113.22");
        assertThat(created.statusCode()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(auditTrail()).anySatisfy(event -> {
            assertThat(event.getSubject()).isEqualTo("parcel-sender");
            assertThat(event.getCreatedIds()).isEqualTo(Map.of("id", created.body()));
        }));
    }

    @Test
    void everyRecordCarriesTheRequestsTraceAndTheAddressItCameFrom() throws Exception {
        String traceparent = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";
        send(HttpRequest.newBuilder(uri("/api/v1/things/t-traced")).GET().header("traceparent", traceparent),
                TestTokens.withRoles("traced-reader", List.of("FRONT_DOOR"), null), "203.0.113.23");
        send(HttpRequest.newBuilder(uri("/api/v1/things/t-traced")).GET().header("traceparent", traceparent),
                "not-a-jwt", "203.0.113.23");
        get("/api/v1/things/t-untraced", TestTokens.withRoles("untraced-reader", List.of("FRONT_DOOR"), null), "203.0.113.23");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<AccessAudited> fromAddress = auditTrail().stream()
                    .filter(event -> "203.0.113.23".equals(event.getClientAddress())).toList();
            assertThat(fromAddress).anySatisfy(event -> {
                assertThat(event.getSubject()).isEqualTo("traced-reader");
                assertThat(event.getTraceId()).isEqualTo(TRACE_ID);
            });
            assertThat(fromAddress).anySatisfy(event -> {
                assertThat(event.getStatus()).isEqualTo(401);
                assertThat(event.getTraceId()).isEqualTo(TRACE_ID);
            });
            assertThat(fromAddress).anySatisfy(event -> {
                assertThat(event.getSubject()).isEqualTo("untraced-reader");
                assertThat(event.getTraceId()).matches("[0-9a-f]{32}").isNotEqualTo(TRACE_ID);
            });
        });
    }

    @Test
    void factsTheServiceAddsAreAuditedWithTheRequest() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/things/t-late/late-entries")).POST(HttpRequest.BodyPublishers.noBody()),
                TestTokens.withRoles("late-recorder", List.of("FRONT_DOOR"), null), "203.0.113.24").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(auditTrail()).anySatisfy(event -> {
            assertThat(event.getSubject()).isEqualTo("late-recorder");
            assertThat(event.getFacts()).isEqualTo(Map.of("lateEntry", "true"));
        }));
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
            // The first poll waits for the assignment; later ones read on until the topic's end.
            Duration wait = Duration.ofSeconds(3);
            int read;
            do {
                read = 0;
                for (ConsumerRecord<String, AccessAudited> record : consumer.poll(wait)) {
                    events.add(record.value());
                    read++;
                }
                wait = Duration.ofMillis(500);
            } while (read > 0);
            return events;
        }
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token, null);
    }

    /** A GET from the given client address, as a proxy in front of the service would say. */
    private HttpResponse<String> get(String path, String token, String clientAddress) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token, clientAddress);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token, String clientAddress) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
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
                    .requestMatchers(HttpMethod.GET, "/api/v1/things/*", "/api/v1/widgets/*").hasRole("FRONT_DOOR")
                    .requestMatchers(HttpMethod.POST, "/api/v1/things/*/late-entries").hasRole("FRONT_DOOR")
                    .requestMatchers(HttpMethod.POST, "/api/v1/things", "/api/v1/widgets", "/api/v1/parcels").hasRole("MANAGER")
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

            @PostMapping("/api/v1/things/{thingId}/late-entries")
            void lateEntry(@PathVariable String thingId, HttpServletRequest request) {
                AuditFacts.add(request, "lateEntry", "true");
            }

            @PostMapping("/api/v1/widgets")
            ResponseEntity<String> createWidget() {
                String widgetId = "w-" + UUID.randomUUID();
                return ResponseEntity.created(URI.create("/api/v1/widgets/" + widgetId)).body(widgetId);
            }

            @GetMapping("/api/v1/widgets/{widgetId}")
            Map<String, String> widget(@PathVariable String widgetId) {
                return Map.of("widgetId", widgetId);
            }

            /** Created somewhere this service has no read for. */
            @PostMapping("/api/v1/parcels")
            ResponseEntity<String> sendParcel() {
                String parcelId = "p-" + UUID.randomUUID();
                return ResponseEntity.created(URI.create("/api/v1/parcels/" + parcelId)).body(parcelId);
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
