package org.frontdoor.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * Smoke test of the whole local stack: the console, a real broker, the identity provider and
 * the four services from the jars packaged earlier in the same reactor build, on free ports in
 * a temporary directory. Run it from the repository root ({@code ./mvnw verify}); without the
 * jars it fails and says so.
 */
@ExtendWith(WholeStack.class)
class LocalStackIT {

    private static final Logger log = LoggerFactory.getLogger(LocalStackIT.class);

    private static final String MINIMAL_CONTACT = """
            {"channel": "PHONE", "referralSource": "2A", "children": [{"firstName": "A", "lastName": "B"}],
             "indicators": [], "consent": "GIVEN"}
            """;

    private static RunningStack stack;
    private static URI consoleUrl;
    private static DemoTokens tokens;

    private final RestClient http = RestClient.create();

    @BeforeAll
    static void startTheWholeStackOnFreePorts(WholeStack.Running running) {
        stack = running.stack();
        consoleUrl = running.consoleUrl();
        tokens = running.tokens();
        log.info("Kafka and the four services were UP {} s after the start", stack.startupTime().toMillis() / 1000.0);
    }

    @Test
    void everyServiceReportsUp() {
        for (FrontDoorService service : FrontDoorService.values()) {
            JsonNode health = http.get().uri(stack.serviceUrl(service).resolve("/actuator/health")).retrieve().body(JsonNode.class);

            assertThat(health.path("status").asString()).as(service.moduleName()).isEqualTo("UP");
        }
        assertThat(http.get().uri(stack.issuer().resolve("/actuator/health")).retrieve().body(JsonNode.class)
                .path("status").asString()).as("local-identity").isEqualTo("UP");
    }

    @Test
    void everyDemoClientGetsATokenFromTheIssuerTheServicesTrust() {
        for (DemoClient client : DemoClient.values()) {
            JsonNode claims = DemoTokens.claims(tokens.token(client));

            assertThat(claims.path("sub").asString()).isEqualTo(client.clientId());
            assertThat(claims.path("iss").asString()).isEqualTo(stack.issuer().toString());
            assertThat(claims.path("roles").values()).as(client.clientId()).isNotEmpty();
        }
    }

    @Test
    void aCallWithoutATokenIsRefused() {
        HttpStatusCode status = http.post().uri(stack.serviceUrl(FrontDoorService.CONTACT_INTAKE_SERVICE).resolve("/api/v1/contacts"))
                .contentType(MediaType.APPLICATION_JSON).body(MINIMAL_CONTACT)
                .exchange((request, response) -> response.getStatusCode());

        assertThat(status.value()).isEqualTo(401);
    }

    @Test
    void aFrontDoorTokenDoesNotOpenAManagersEndpoint() {
        HttpStatusCode status = tokens.as(DemoClient.FRONT_DOOR).get()
                .uri(stack.serviceUrl(FrontDoorService.NOTIFICATION_SERVICE).resolve("/api/v1/subscriptions"))
                .exchange((request, response) -> response.getStatusCode());

        assertThat(status.value()).isEqualTo(403);
    }

    @Test
    void theMetricsScraperReadsEveryServicesMetrics() {
        for (FrontDoorService service : FrontDoorService.values()) {
            String metrics = tokens.as(DemoClient.PROMETHEUS).get().uri(stack.serviceUrl(service).resolve("/actuator/prometheus"))
                    .retrieve().body(String.class);

            assertThat(metrics).as(service.moduleName()).contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void kafkaTakesARecordAndGivesItBack() throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("local-stack-smoke", "key", "hello")).get();
        }

        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "local-stack-smoke",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("local-stack-smoke"));
            List<String> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> received.add(record.value()));
                return !received.isEmpty();
            });
            assertThat(received).containsExactly("hello");
        }
    }

    @Test
    void movingTheSharedClockMovesTheContactIntakeServicesClock() {
        Instant before = receivedAtOfANewContact();
        Duration offsetBefore = Duration.parse(http.get().uri(consoleUrl.resolve("/local/clock")).retrieve()
                .body(JsonNode.class).path("offset").asString());

        JsonNode moved = http.post().uri(consoleUrl.resolve("/local/clock")).contentType(MediaType.APPLICATION_JSON)
                .body("{\"advanceBy\": \"P16D\"}").retrieve().body(JsonNode.class);
        // Other tests share this stack and may have moved the clock already: compare with what this one added.
        Duration offset = Duration.parse(moved.path("offset").asString()).minus(offsetBefore);
        assertThat(offset).isGreaterThanOrEqualTo(Duration.ofDays(16).minusHours(1));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(receivedAtOfANewContact()).isBetween(before.plus(offset), before.plus(offset).plus(Duration.ofMinutes(2))));
    }

    private Instant receivedAtOfANewContact() {
        JsonNode created = tokens.as(DemoClient.FRONT_DOOR).post()
                .uri(stack.serviceUrl(FrontDoorService.CONTACT_INTAKE_SERVICE).resolve("/api/v1/contacts"))
                .contentType(MediaType.APPLICATION_JSON).body(MINIMAL_CONTACT).retrieve().body(JsonNode.class);
        return Instant.parse(created.path("receivedAt").asString());
    }
}
