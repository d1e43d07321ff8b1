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
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * Smoke test of the whole local stack: the console, a real broker and the four services from
 * the jars packaged earlier in the same reactor build, on free ports in a temporary directory.
 * Run it from the repository root ({@code ./mvnw verify}); without the services' jars it fails
 * and says so.
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

    private final RestClient http = RestClient.create();

    @BeforeAll
    static void startTheWholeStackOnFreePorts(WholeStack.Running running) {
        stack = running.stack();
        consoleUrl = running.consoleUrl();
        log.info("Kafka and the four services were UP {} s after the start", stack.startupTime().toMillis() / 1000.0);
    }

    @Test
    void everyServiceReportsUp() {
        for (FrontDoorService service : FrontDoorService.values()) {
            JsonNode health = http.get().uri(stack.serviceUrl(service).resolve("/actuator/health")).retrieve().body(JsonNode.class);

            assertThat(health.path("status").asString()).as(service.moduleName()).isEqualTo("UP");
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
        JsonNode created = http.post().uri(stack.serviceUrl(FrontDoorService.CONTACT_INTAKE_SERVICE).resolve("/api/v1/contacts"))
                .contentType(MediaType.APPLICATION_JSON).body(MINIMAL_CONTACT).retrieve().body(JsonNode.class);
        return Instant.parse(created.path("receivedAt").asString());
    }
}
