package org.frontdoor.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.metrics.Scrapes.sendsBy;
import static org.frontdoor.metrics.Scrapes.lagOf;
import static org.frontdoor.metrics.Scrapes.families;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.Route;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroSerializer;
import org.frontdoor.metrics.Promtool;
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
 * What Prometheus scrapes from the strategy-meeting service once two children have been routed to
 * a strategy meeting and a practitioner has recorded one of the meetings.
 */
@EmbeddedKafka(brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
class PrometheusScrapeIT {

    // Monday 23 November 2026, 10:00 in London: the strategy meeting clocks are due on Tuesday.
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static EmbeddedKafkaBroker broker;
    private static ConfigurableApplicationContext service;
    private static Path stateDir;

    @BeforeAll
    static void openTwoCasesAndRecordOneMeeting() throws Exception {
        broker = EmbeddedKafkaCondition.getBroker();
        stateDir = Files.createTempDirectory("strategy-scrape-it-state");
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--spring.kafka.streams.state-dir=" + stateDir,
                "--server.port=0",
                "--frontdoor.strategy.due-check-interval=300ms",
                "--frontdoor.figures.open-clocks-refresh=200ms",
                "--frontdoor.security.rate-limit.burst=100000",
                "--frontdoor.security.rate-limit.requests-per-second=100000"));
        Stream.of(TestTokens.resourceServerPropertyLines()).map(line -> "--" + line).forEach(arguments::add);
        service = new SpringApplicationBuilder(StrategyMeetingApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("testClock", CLOCK))
                .run(arguments.toArray(String[]::new));
        // Health details are shown to MONITORING only.
        await().atMost(PATIENCE).until(() -> send("GET", "/actuator/health", null, TestTokens.monitoring()).body().contains("\"RUNNING\""));

        openCase("scrape-left-open");
        String met = openCase("scrape-met");
        HttpResponse<String> meeting = send("POST", "/api/v1/strategy-cases/" + met + "/strategy-meetings",
                "{\"heldOn\": \"2026-11-23\", \"attendees\": [\"SOCIAL_CARE\", \"POLICE\", \"HEALTH\"], \"outcome\": \"SECTION_47\"}",
                TestTokens.practitioner());
        assertThat(meeting.statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
        FileSystemUtils.deleteRecursively(stateDir.toFile());
    }

    @Test
    void the_scrape_has_requests_memory_open_clocks_and_alerts_raised() throws Exception {
        String scrape = await().atMost(PATIENCE).until(PrometheusScrapeIT::scrape,
                current -> current.contains("frontdoor_figures_open_clocks{clock=\"ICPC\""));

        assertThat(families(scrape)).contains("http_server_requests_seconds", "http_server_requests_seconds_max",
                "jvm_memory_used_bytes", "jvm_memory_committed_bytes", "frontdoor_figures_open_clocks",
                "frontdoor_strategy_alerts_raised_total", "frontdoor_audit_records_total");
        assertThat(scrape).containsPattern("frontdoor_figures_open_clocks\\{clock=\"STRATEGY_MEETING\",[^}]*} [1-9]")
                .containsPattern("frontdoor_figures_open_clocks\\{clock=\"ICPC\",[^}]*} [1-9]");
    }

    @Test
    void a_strategy_meeting_clock_left_open_past_its_due_date_counts_its_breach_alert() {
        CLOCK.set(Instant.parse("2026-11-26T10:00:00Z"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(scrape()).containsPattern(
                "frontdoor_strategy_alerts_raised_total\\{clock=\"STRATEGY_MEETING\",kind=\"BREACHED\"} [1-9]"));
    }

    @Test
    void the_lag_of_the_case_topologys_and_the_figures_consumers_is_measured() {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(scrape())
                .containsPattern(lagOf("strategy-meeting-service-[0-9a-f]{8}-[^\"]*-StreamThread-\\d+-consumer"))
                .containsPattern(lagOf("strategy-meeting-service-figures-[^\"]*-StreamThread-\\d+-consumer")));
    }

    @Test
    void the_producer_of_the_case_events_is_measured() throws Exception {
        assertThat(scrape()).containsPattern(sendsBy("caseEventProducerFactory"));
    }

    @Test
    void the_producers_that_dead_letter_unreadable_records_are_measured_once_they_have_sent_one() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.STRATEGY_CASE_EVENTS.name(), "poison",
                    "not an event".getBytes(StandardCharsets.UTF_8))).get();
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(scrape())
                .containsPattern(sendsBy("deadLetterProducerFactory"))
                .containsPattern(sendsBy("figuresDeadLetterProducerFactory")));
    }

    @Test
    void the_scrape_passes_promtool_check_metrics() throws Exception {
        String scrape = await().atMost(PATIENCE).until(PrometheusScrapeIT::scrape,
                current -> current.contains("frontdoor_figures_open_clocks{"));
        Optional<Promtool> promtool = Promtool.installed();
        assumeTrue(promtool.isPresent(), Promtool.HOW_TO_INSTALL);

        Promtool.Verdict verdict = promtool.get().checkMetrics(scrape);

        assertThat(verdict.exitCode()).as("promtool check metrics found:%n%s", verdict.findings()).isZero();
    }

    private static String openCase(String decisionId) {
        ChildTriaged decision = TriageFacts.triaged(decisionId, Route.STRATEGY_MEETING, CLOCK.instant(), false);
        try (KafkaProducer<String, ChildTriaged> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new AvroSerializer<>())) {
            producer.send(new ProducerRecord<>(Topics.CHILD_DECISIONS.name(), decision.getChildRef(), decision));
        }
        String caseId = CaseIds.caseIdFor(decisionId);
        await().atMost(PATIENCE).until(() ->
                send("GET", "/api/v1/strategy-cases/" + caseId, null, TestTokens.practitioner()).statusCode() == 200);
        return caseId;
    }

    private static String scrape() throws Exception {
        return send("GET", "/actuator/prometheus", null, TestTokens.monitoring()).body();
    }

    private static HttpResponse<String> send(String method, String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + service.getEnvironment().getProperty("local.server.port") + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }



}
