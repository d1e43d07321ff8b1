package org.frontdoor.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.events.CaseOpened;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.Route;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.StrategyMeetingHeld;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroDeserializer;
import org.frontdoor.events.serde.AvroSerializer;
import org.frontdoor.security.TestTokens;
import org.frontdoor.strategy.cases.CaseIds;
import org.frontdoor.strategy.stream.TriageFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.util.FileSystemUtils;

/**
 * Everything the service publishes about a case joins a trace (decision 0011): the events of a
 * case opened from triage and its alerts join the trace of the decision that opened it; the events
 * of a practitioner's command join the trace of the command's request.
 */
@EmbeddedKafka(brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
class StrategyCaseTracingIT {

    // Monday 23 November 2026, 10:00 in London.
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AvroDeserializer<StrategyCaseEvent> EVENTS = new AvroDeserializer<>(StrategyCaseEvent.class);
    private static final AvroDeserializer<TimescaleAlert> ALERTS = new AvroDeserializer<>(TimescaleAlert.class);

    private static EmbeddedKafkaBroker broker;
    private static KafkaProducer<String, ChildTriaged> producer;
    private static ConfigurableApplicationContext service;
    private static Path stateDir;

    @BeforeAll
    static void startService() throws Exception {
        broker = EmbeddedKafkaCondition.getBroker();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class));
        stateDir = Files.createTempDirectory("strategy-tracing-state");
        service = new SpringApplicationBuilder(StrategyMeetingApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("testClock", CLOCK))
                .run(Stream.concat(Stream.of("--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                                        "--spring.kafka.streams.state-dir=" + stateDir,
                                        "--server.port=0",
                                        "--frontdoor.strategy.due-check-interval=300ms",
                                        "--frontdoor.security.rate-limit.burst=100000",
                                        "--frontdoor.security.rate-limit.requests-per-second=100000"),
                                Stream.of(TestTokens.resourceServerPropertyLines()).map(line -> "--" + line))
                        .toArray(String[]::new));
        // Health details are shown to MONITORING only.
        await().atMost(Duration.ofSeconds(60)).until(() -> send(HttpRequest.newBuilder(uri("/actuator/health"))
                .header("Authorization", "Bearer " + TestTokens.monitoring()).GET()).body().contains("\"RUNNING\""));
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
        producer.close();
        FileSystemUtils.deleteRecursively(stateDir.toFile());
    }

    @Test
    void aCaseOpenedFromATracedDecisionPublishesItsEventsAndLaterItsAlertsInTheDecisionsTrace() throws Exception {
        String traceId = newTraceId();
        ChildTriaged decision = TriageFacts.triaged("traced-" + UUID.randomUUID(), Route.STRATEGY_MEETING,
                CLOCK.instant(), false);
        ProducerRecord<String, ChildTriaged> record = new ProducerRecord<>(Topics.CHILD_DECISIONS.name(),
                decision.getChildRef(), decision);
        record.headers().add("traceparent", ("00-" + traceId + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));

        producer.send(record).get();

        String caseId = CaseIds.caseIdFor(decision.getDecisionId());
        ConsumerRecord<String, byte[]> opened = awaitRecord(Topics.STRATEGY_CASE_EVENTS.name(), published -> caseId.equals(published.key())
                && EVENTS.deserialize(published.topic(), published.value()).getFact() instanceof CaseOpened);
        assertThat(traceIdOf(opened)).isEqualTo(traceId);
        // Past the strategy meeting's due date, so its clock raises an alert.
        CLOCK.advance(Duration.ofDays(10));
        ConsumerRecord<String, byte[]> alert = awaitRecord(Topics.STRATEGY_CASE_ALERTS.name(), published -> {
            TimescaleAlert raised = ALERTS.deserialize(published.topic(), published.value());
            return caseId.equals(raised.getCaseId()) && raised.getClock() == ClockType.STRATEGY_MEETING;
        });
        assertThat(traceIdOf(alert)).isEqualTo(traceId);
    }

    @Test
    void aPractitionersCommandPublishesItsEventsInTheTraceOfItsRequest() throws Exception {
        ChildTriaged decision = TriageFacts.triaged("command-" + UUID.randomUUID(), Route.STRATEGY_MEETING,
                CLOCK.instant(), false);
        producer.send(new ProducerRecord<>(Topics.CHILD_DECISIONS.name(), decision.getChildRef(), decision)).get();
        String caseId = CaseIds.caseIdFor(decision.getDecisionId());
        await().atMost(Duration.ofSeconds(60)).until(() -> send(authorised("/api/v1/strategy-cases/" + caseId).GET())
                .statusCode() == 200);
        String traceId = newTraceId();
        LocalDate today = LocalDate.ofInstant(CLOCK.instant(), ZoneId.of("Europe/London"));

        HttpResponse<String> recorded = send(authorised("/api/v1/strategy-cases/" + caseId + "/strategy-meetings")
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"heldOn\": \"" + today
                        + "\", \"attendees\": [\"SOCIAL_CARE\", \"POLICE\", \"HEALTH\"], \"outcome\": \"SECTION_47\"}")));

        assertThat(recorded.statusCode()).isEqualTo(200);
        ConsumerRecord<String, byte[]> held = awaitRecord(Topics.STRATEGY_CASE_EVENTS.name(), published -> caseId.equals(published.key())
                && EVENTS.deserialize(published.topic(), published.value()).getFact() instanceof StrategyMeetingHeld);
        assertThat(traceIdOf(held)).isEqualTo(traceId);
    }

    private static HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TestTokens.practitioner());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + service.getEnvironment().getProperty("local.server.port") + path);
    }

    /** The first committed record on the topic that matches, waiting for it to be published. */
    private static ConsumerRecord<String, byte[]> awaitRecord(String topic, Predicate<ConsumerRecord<String, byte[]>> matching) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> records(topic).stream().filter(matching).findFirst(),
                found -> found.isPresent()).orElseThrow();
    }

    private static List<ConsumerRecord<String, byte[]>> records(String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "tracing-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            int emptyPolls = 0;
            while (emptyPolls < 3) {
                var polled = consumer.poll(Duration.ofMillis(500));
                if (polled.isEmpty() && !consumer.assignment().isEmpty()) {
                    emptyPolls++;
                }
                polled.forEach(records::add);
            }
        }
        return records;
    }

    private static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** The trace id of a record's W3C traceparent: version-traceid-parentid-flags. */
    private static String traceIdOf(ConsumerRecord<String, byte[]> record) {
        Header traceparent = record.headers().lastHeader("traceparent");
        assertThat(traceparent).as("traceparent of a record on " + record.topic()).isNotNull();
        return new String(traceparent.value(), StandardCharsets.UTF_8).split("-")[1];
    }
}
