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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.frontdoor.calendar.LondonTime;
import org.frontdoor.events.AlertKind;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service against a real (embedded, KRaft) broker. One broker and one running service serve
 * every test; the breach test restarts the service twice, once on its own state directory and
 * once on an empty one, so its state must come back from the changelogs, and the last test
 * restarts it on an empty one again to find its Idempotency-Keys kept.
 */
@EmbeddedKafka(brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StrategyCaseServiceIT {

    // Monday 23 November 2026, 10:00 in London.
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T10:00:00Z");
    private static final MovableClock CLOCK = new MovableClock(MONDAY_MORNING);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static EmbeddedKafkaBroker broker;
    private static KafkaProducer<String, Object> producer;
    private static ConfigurableApplicationContext service;
    private static final List<Path> stateDirs = new ArrayList<>();

    @BeforeAll
    static void startService() throws Exception {
        broker = EmbeddedKafkaCondition.getBroker();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, org.apache.kafka.common.serialization.StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class));
        service = start(newStateDir());
    }

    @AfterAll
    static void stopService() throws Exception {
        if (service != null) {
            service.close();
        }
        producer.close();
        for (Path dir : stateDirs) {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static Path newStateDir() throws Exception {
        Path dir = Files.createTempDirectory("strategy-it-state");
        stateDirs.add(dir);
        return dir;
    }

    private static ConfigurableApplicationContext start(Path stateDir) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StrategyMeetingApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("testClock", CLOCK))
                // Arguments, as a launcher passes them, override application.yml.
                .run(Stream.concat(Stream.of("--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                                        "--spring.kafka.streams.state-dir=" + stateDir,
                                        "--server.port=0",
                                        "--frontdoor.strategy.due-check-interval=300ms",
                                        "--frontdoor.figures.open-clocks-refresh=200ms",
                                        // The tests poll; the test clock stands still, so buckets would never refill.
                                        "--frontdoor.security.rate-limit.burst=100000",
                                        "--frontdoor.security.rate-limit.requests-per-second=100000"),
                                Stream.of(TestTokens.resourceServerPropertyLines()).map(line -> "--" + line))
                        .toArray(String[]::new));
        // Health details are shown to MONITORING only.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> get("/actuator/health", TestTokens.monitoring(), context).body().contains("\"RUNNING\""));
        return context;
    }

    private static HttpResponse<String> get(String path, String token, ConfigurableApplicationContext context) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path, context)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads as a practitioner, who works the cases. */
    private static HttpResponse<String> get(String path) throws Exception {
        return get(path, TestTokens.practitioner(), service);
    }

    /** Records as a practitioner, the only role that may. */
    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path, service)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.practitioner())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Records as a practitioner, under an Idempotency-Key. */
    private static HttpResponse<String> post(String path, String json, String idempotencyKey) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path, service)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.practitioner()).header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String today() {
        return LondonTime.dateOf(CLOCK.instant()).toString();
    }

    private static List<String> kindsIn(JsonNode history) {
        return history.valueStream().map(step -> step.get("kind").asString()).toList();
    }

    private static URI uri(String path, ConfigurableApplicationContext context) {
        return URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path);
    }

    private static String openCase(String decisionId) throws Exception {
        ChildTriaged decision = TriageFacts.triaged(decisionId, Route.STRATEGY_MEETING, CLOCK.instant(), false);
        producer.send(new ProducerRecord<>(Topics.CHILD_DECISIONS.name(), decision.getChildRef(), decision)).get();
        String caseId = CaseIds.caseIdFor(decisionId);
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/v1/strategy-cases/" + caseId).statusCode() == 200);
        return caseId;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static JsonNode clock(JsonNode strategyCase, String type) {
        for (JsonNode clock : strategyCase.get("clocks")) {
            if (clock.get("clock").asString().equals(type)) {
                return clock;
            }
        }
        throw new AssertionError("No " + type + " clock in " + strategyCase);
    }

    private static String section47Meeting(String heldOn) {
        return "{\"heldOn\": \"" + heldOn + "\", \"attendees\": [\"SOCIAL_CARE\", \"POLICE\", \"HEALTH\"], \"outcome\": \"SECTION_47\"}";
    }

    @Test
    @Order(1)
    void a_child_routed_to_a_strategy_meeting_opens_a_case_with_its_strategy_meeting_clock() throws Exception {
        String caseId = openCase("it-open");

        JsonNode strategyCase = json(get("/api/v1/strategy-cases/" + caseId));
        assertThat(strategyCase.get("status").asString()).isEqualTo("OPEN");
        assertThat(strategyCase.get("decisionId").asString()).isEqualTo("it-open");
        JsonNode clock = clock(strategyCase, "STRATEGY_MEETING");
        assertThat(clock.get("startedOn").asString()).isEqualTo("2026-11-23");
        assertThat(clock.get("dueOn").asString()).isEqualTo("2026-11-24");
        assertThat(clock.get("status").asString()).isEqualTo("RUNNING");

        JsonNode byContact = json(get("/api/v1/strategy-cases?contactId=contact-of-it-open"));
        assertThat(byContact).hasSize(1);
        assertThat(json(get("/api/v1/strategy-cases?status=OPEN")).valueStream().map(c -> c.get("caseId").asString()))
                .contains(caseId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get("/actuator/prometheus", TestTokens.monitoring(), service).body())
                .containsPattern("frontdoor_figures_open_clocks\\{clock=\"STRATEGY_MEETING\",[^}]*} [1-9]")
                .contains("frontdoor_strategy_alerts_raised_total"));
        assertThat(get("/actuator/health/readiness", null, service).statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs", null, service).body()).contains("/api/v1/strategy-cases/{caseId}/icpc");
    }

    @Test
    @Order(2)
    void a_section_47_strategy_meeting_starts_the_icpc_clock_due_15_working_days_later() throws Exception {
        String caseId = openCase("it-s47");

        HttpResponse<String> recorded = post("/api/v1/strategy-cases/" + caseId + "/strategy-meetings", section47Meeting("2026-11-23"));

        assertThat(recorded.statusCode()).isEqualTo(200);
        JsonNode strategyCase = json(recorded);
        assertThat(clock(strategyCase, "STRATEGY_MEETING").get("status").asString()).isEqualTo("MET");
        assertThat(clock(strategyCase, "ICPC").get("dueOn").asString()).isEqualTo("2026-12-14");
        assertThat(clock(json(get("/api/v1/strategy-cases/" + caseId)), "ICPC").get("status").asString()).isEqualTo("RUNNING");
    }

    @Test
    @Order(3)
    void commands_the_case_does_not_allow_are_refused_with_problem_details() throws Exception {
        String caseId = openCase("it-refused");
        String path = "/api/v1/strategy-cases/" + caseId;

        HttpResponse<String> icpcTooEarly = post(path + "/icpc", "{\"heldOn\": \"2026-11-23\", \"outcome\": \"NO_PLAN\"}");
        assertThat(icpcTooEarly.statusCode()).isEqualTo(409);
        assertThat(icpcTooEarly.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));

        assertThat(post(path + "/core-groups", "{\"heldOn\": \"2026-11-23\"}").statusCode()).isEqualTo(409);
        assertThat(post(path + "/strategy-meetings", section47Meeting("2026-11-24")).statusCode()).isEqualTo(422);
        assertThat(post(path + "/strategy-meetings", section47Meeting("2026-11-20")).statusCode()).isEqualTo(422);

        HttpResponse<String> noPolice = post(path + "/strategy-meetings",
                "{\"heldOn\": \"2026-11-23\", \"attendees\": [\"SOCIAL_CARE\", \"HEALTH\"], \"outcome\": \"SECTION_47\"}");
        assertThat(noPolice.statusCode()).isEqualTo(400);
        assertThat(json(noPolice).get("errors").get(0).get("field").asString()).isEqualTo("attendees");
        HttpResponse<String> malformed = post(path + "/core-groups", "{\"heldOn\": \"the twelfth of never\"}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("twelfth").doesNotContain("at org.");

        assertThat(post(path + "/strategy-meetings",
                "{\"heldOn\": \"2026-11-23\", \"attendees\": [\"SOCIAL_CARE\", \"POLICE\", \"HEALTH\"], \"outcome\": \"SECTION_47\", \"extra\": 1}")
                .statusCode()).isEqualTo(400);
        assertThat(post(path + "/icpc-not-required", "{\"reason\": \"\"}").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/strategy-cases/no-such-case/core-groups", "{\"heldOn\": \"2026-11-23\"}").statusCode()).isEqualTo(404);

        HttpResponse<String> noFurtherAction = post(path + "/strategy-meetings",
                "{\"heldOn\": \"2026-11-23\", \"attendees\": [\"SOCIAL_CARE\", \"POLICE\", \"HEALTH\", \"EDUCATION\"], \"outcome\": \"NO_FURTHER_ACTION\"}");
        assertThat(json(noFurtherAction).get("status").asString()).isEqualTo("CLOSED");
        assertThat(post(path + "/strategy-meetings", section47Meeting("2026-11-23")).statusCode()).isEqualTo(409);
    }

    @Test
    @Order(4)
    void a_manager_overriding_the_strategy_meeting_route_closes_the_case_and_stops_its_clocks() throws Exception {
        String caseId = openCase("it-override");

        producer.send(new ProducerRecord<>(Topics.MANAGEMENT_DECISIONS.name(), "child-of-it-override",
                TriageFacts.overridden("it-override", Route.STRATEGY_MEETING, Route.MASH, CLOCK.instant()))).get();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode strategyCase = json(get("/api/v1/strategy-cases/" + caseId));
            assertThat(strategyCase.get("status").asString()).isEqualTo("CLOSED");
            assertThat(strategyCase.get("closure").asString()).isEqualTo("STRATEGY_MEETING_NOT_REQUIRED");
            assertThat(clock(strategyCase, "STRATEGY_MEETING").get("status").asString()).isEqualTo("STOPPED");
        });
    }

    @Test
    @Order(5)
    void a_record_that_cannot_be_read_goes_to_the_dead_letter_topic_and_the_partition_moves_on() throws Exception {
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, org.apache.kafka.common.serialization.StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            raw.send(new ProducerRecord<>(Topics.CHILD_DECISIONS.name(), "child-of-it-after-poison",
                    "not an event".getBytes(StandardCharsets.UTF_8))).get();
        }
        String caseAfterPoison = openCase("it-after-poison");

        try (KafkaConsumer<String, byte[]> deadLetters = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-dead-letters",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            deadLetters.subscribe(List.of(Topics.CHILD_DECISIONS.deadLetterTopic("strategy-meeting-service")));
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                deadLetters.poll(Duration.ofMillis(200)).forEach(seen::add);
                return !seen.isEmpty();
            });
            assertThat(new String(seen.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not an event");
        }
        assertThat(caseAfterPoison).isNotNull();
    }

    @Test
    @Order(6)
    void the_pathway_runs_from_plan_to_core_group_to_reviews_until_the_plan_ends() throws Exception {
        String caseId = openCase("it-pathway");
        String path = "/api/v1/strategy-cases/" + caseId;
        post(path + "/strategy-meetings", section47Meeting("2026-11-23"));

        assertThat(post(path + "/icpc", "{\"heldOn\": \"2026-11-23\", \"outcome\": \"CHILD_PROTECTION_PLAN\"}").statusCode())
                .isEqualTo(400);
        JsonNode withPlan = json(post(path + "/icpc",
                "{\"heldOn\": \"2026-11-23\", \"outcome\": \"CHILD_PROTECTION_PLAN\", \"categoryOfAbuse\": \"NEG\"}"));
        assertThat(clock(withPlan, "ICPC").get("status").asString()).isEqualTo("MET");
        assertThat(clock(withPlan, "CORE_GROUP").get("dueOn").asString()).isEqualTo("2026-12-07");
        assertThat(clock(withPlan, "REVIEW_CONFERENCE").get("dueOn").asString()).isEqualTo("2027-02-23");

        assertThat(clock(json(post(path + "/core-groups", "{\"heldOn\": \"2026-11-23\"}")), "CORE_GROUP").get("status").asString())
                .isEqualTo("MET");
        JsonNode continued = json(post(path + "/review-conferences", "{\"heldOn\": \"2026-11-23\", \"outcome\": \"CONTINUE_PLAN\"}"));
        assertThat(continued.get("clocks")).hasSize(5);
        JsonNode ended = json(post(path + "/review-conferences", "{\"heldOn\": \"2026-11-23\", \"outcome\": \"END_PLAN\"}"));
        assertThat(ended.get("status").asString()).isEqualTo("CLOSED");
        assertThat(ended.get("closure").asString()).isEqualTo("PLAN_ENDED");
    }

    @Test
    @Order(7)
    void of_two_icpcs_sent_at_once_one_is_recorded_and_the_other_is_a_conflict() throws Exception {
        String caseId = openCase("it-race");
        String path = "/api/v1/strategy-cases/" + caseId;
        post(path + "/strategy-meetings", section47Meeting("2026-11-23"));
        String icpc = "{\"heldOn\": \"2026-11-23\", \"outcome\": \"NO_PLAN\"}";

        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> statusOf(path + "/icpc", icpc));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> statusOf(path + "/icpc", icpc));

        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
    }

    private static int statusOf(String path, String json) {
        try {
            return post(path, json).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(8)
    void moving_the_clock_past_the_icpc_due_date_raises_exactly_one_breach_also_across_restarts() throws Exception {
        String caseId = openCase("it-breach");
        assertThat(post("/api/v1/strategy-cases/" + caseId + "/strategy-meetings", section47Meeting("2026-11-23")).statusCode())
                .isEqualTo(200);
        Path stateDir = Path.of(service.getEnvironment().getProperty("spring.kafka.streams.state-dir"));

        service.close();
        service = start(stateDir);
        CLOCK.set(Instant.parse("2026-12-15T09:00:00Z"));

        try (AlertReader alerts = new AlertReader(broker)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> alerts.icpcBreaches(caseId) >= 1);

            service.close();
            service = start(newStateDir());
            CLOCK.advance(Duration.ofDays(1));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                HttpResponse<String> restored = get("/api/v1/strategy-cases/" + caseId);
                // 503 while the new instance still restores its stores from the changelogs.
                assertThat(restored.statusCode()).isEqualTo(200);
                assertThat(clock(json(restored), "ICPC").get("status").asString()).isEqualTo("BREACHED");
            });
            // Several due checks run in this time; none may raise the breach again.
            Thread.sleep(3_000);
            assertThat(alerts.icpcBreaches(caseId)).isEqualTo(1);
            assertThat(alerts.seen()).filteredOn(alert -> caseId.equals(alert.getCaseId()) && alert.getClock() == ClockType.ICPC)
                    .extracting(TimescaleAlert::getKind).containsExactly(AlertKind.BREACHED);
        }
    }

    @Test
    @Order(9)
    void a_strategy_meeting_sent_again_with_its_idempotency_key_is_answered_as_before_and_recorded_and_counted_once()
            throws Exception {
        // A month no other test holds a meeting in, so its figures are this case's alone.
        CLOCK.set(Instant.parse("2027-03-01T10:00:00Z"));
        String caseId = openCase("it-retried");
        String path = "/api/v1/strategy-cases/" + caseId;

        HttpResponse<String> first = post(path + "/strategy-meetings", section47Meeting(today()), "meeting-of-it-retried");
        HttpResponse<String> retried = post(path + "/strategy-meetings", section47Meeting(today()), "meeting-of-it-retried");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(json(retried)).isEqualTo(json(first));
        assertThat(caseEvents(caseId)).filteredOn(event -> event.getFact() instanceof StrategyMeetingHeld).singleElement()
                .satisfies(event -> assertThat(event.getRecordedBy()).isEqualTo("practitioner-test"));
        JsonNode history = json(get(path)).get("history");
        assertThat(kindsIn(history)).containsExactly("CASE_OPENED", "STRATEGY_MEETING");
        assertThat(history.get(1).get("heldOn").asString()).isEqualTo("2027-03-01");
        assertThat(Instant.parse(history.get(1).get("recordedAt").asString())).isEqualTo(CLOCK.instant());
        assertThat(history.get(1).get("recordedBy").asString()).isEqualTo("practitioner-test");

        // The figures read the case's events in order: once they count its ICPC, they have read every meeting before it.
        assertThat(post(path + "/icpc", "{\"heldOn\": \"" + today() + "\", \"outcome\": \"NO_PLAN\"}", "icpc-of-it-retried")
                .statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> json(get("/api/v1/figures?month=2027-03", TestTokens.manager(), service))
                .at("/icpcsInTime/denominator").asLong() == 1);
        assertThat(json(get("/api/v1/figures?month=2027-03", TestTokens.manager(), service)).at("/strategyMeetings/total").asLong())
                .isEqualTo(1);
    }

    @Test
    @Order(10)
    void the_same_idempotency_key_with_a_different_request_is_a_conflict_that_records_nothing_and_names_no_personal_data()
            throws Exception {
        String caseId = openCase("it-key-reused");
        String path = "/api/v1/strategy-cases/" + caseId;
        assertThat(post(path + "/strategy-meetings", section47Meeting(today()), "step-of-it-key-reused").statusCode()).isEqualTo(200);

        HttpResponse<String> otherStep = post(path + "/icpc-not-required", "{\"reason\": \"Amy Smith moved to Leeds\"}",
                "step-of-it-key-reused");
        HttpResponse<String> otherOutcome = post(path + "/strategy-meetings",
                "{\"heldOn\": \"" + today() + "\", \"attendees\": [\"SOCIAL_CARE\", \"POLICE\", \"HEALTH\"], \"outcome\": \"CHILD_IN_NEED\"}",
                "step-of-it-key-reused");

        for (HttpResponse<String> reused : List.of(otherStep, otherOutcome)) {
            assertThat(reused.statusCode()).isEqualTo(409);
            assertThat(reused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
            assertThat(json(reused).get("title").asString()).isEqualTo("Idempotency-Key reused");
            assertThat(reused.body()).doesNotContain("Amy").doesNotContain("Leeds").doesNotContain("step-of-it-key-reused");
        }
        JsonNode strategyCase = json(get(path));
        assertThat(strategyCase.get("status").asString()).isEqualTo("OPEN");
        assertThat(kindsIn(strategyCase.get("history"))).containsExactly("CASE_OPENED", "STRATEGY_MEETING");
        assertThat(post(path + "/icpc-not-required", "{\"reason\": \"Concerns resolved\"}", "k".repeat(101)).statusCode())
                .isEqualTo(400);
    }

    @Test
    @Order(11)
    void an_idempotency_key_is_kept_across_a_restart_on_an_empty_state_directory() throws Exception {
        String caseId = openCase("it-key-restart");
        String path = "/api/v1/strategy-cases/" + caseId;
        assertThat(post(path + "/strategy-meetings", section47Meeting(today()), "meeting-of-it-key-restart").statusCode())
                .isEqualTo(200);

        service.close();
        service = start(newStateDir());
        await().atMost(Duration.ofSeconds(60)).until(() -> get(path).statusCode() == 200);

        assertThat(post(path + "/strategy-meetings", section47Meeting(today()), "meeting-of-it-key-restart").statusCode())
                .isEqualTo(200);
        assertThat(post(path + "/icpc-not-required", "{\"reason\": \"Concerns resolved\"}", "meeting-of-it-key-restart")
                .statusCode()).isEqualTo(409);
        assertThat(kindsIn(json(get(path)).get("history"))).containsExactly("CASE_OPENED", "STRATEGY_MEETING");
        assertThat(caseEvents(caseId)).filteredOn(event -> event.getFact() instanceof StrategyMeetingHeld).hasSize(1);
    }

    /** Every committed event of a case, from the start of the case events topic to its end now. */
    private static List<StrategyCaseEvent> caseEvents(String caseId) {
        try (KafkaConsumer<String, StrategyCaseEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new AvroDeserializer<>(StrategyCaseEvent.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.STRATEGY_CASE_EVENTS.name()).stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<StrategyCaseEvent> events = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (caseId.equals(record.key())) {
                        events.add(record.value());
                    }
                });
            }
            return events;
        }
    }

    /** Reads every committed alert from the start of the alerts topic. */
    private static final class AlertReader implements AutoCloseable {

        private final KafkaConsumer<String, TimescaleAlert> consumer;
        private final List<TimescaleAlert> seen = new ArrayList<>();

        AlertReader(EmbeddedKafkaBroker broker) {
            consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                    ConsumerConfig.GROUP_ID_CONFIG, "it-alerts-" + System.nanoTime(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                    new StringDeserializer(), new AvroDeserializer<>(TimescaleAlert.class));
            consumer.subscribe(List.of(Topics.STRATEGY_CASE_ALERTS.name()));
        }

        long icpcBreaches(String caseId) {
            return seen().stream().filter(alert -> caseId.equals(alert.getCaseId()) && alert.getClock() == ClockType.ICPC
                    && alert.getKind() == AlertKind.BREACHED).count();
        }

        List<TimescaleAlert> seen() {
            consumer.poll(Duration.ofMillis(500)).forEach(record -> seen.add(record.value()));
            return seen;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
