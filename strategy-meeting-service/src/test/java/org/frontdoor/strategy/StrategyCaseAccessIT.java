package org.frontdoor.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.events.AccessAudited;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.Route;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroDeserializer;
import org.frontdoor.events.serde.AvroSerializer;
import org.frontdoor.security.FrontDoorRole;
import org.frontdoor.security.TestTokens;
import org.frontdoor.strategy.cases.CaseIds;
import org.frontdoor.strategy.stream.TriageFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what (docs/decisions/0010): every endpoint of the service, called by every role
 * and by callers without a valid token, against the running service and a real broker, so the
 * answers past the security layer (200, 404, 409, 422) are the service's own.
 */
@EmbeddedKafka(brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
class StrategyCaseAccessIT {

    // Monday 23 November 2026, 10:00 in London: every date sent below is this day or the next.
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private static final String TODAY = "2026-11-23";
    private static final String TOMORROW = "2026-11-24";
    // The strategy meeting that brings a case into its enquiry is recorded under this key, so a row can send it again.
    private static final String ENQUIRY_MEETING_KEY = "enquiry-meeting";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final AtomicInteger decisions = new AtomicInteger();
    private static final Map<Stage, TestCase> sharedCases = new EnumMap<>(Stage.class);

    private static EmbeddedKafkaBroker broker;
    private static KafkaProducer<String, ChildTriaged> producer;
    private static ConfigurableApplicationContext service;
    private static Path stateDir;

    @BeforeAll
    static void startService() throws Exception {
        broker = EmbeddedKafkaCondition.getBroker();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new AvroSerializer<>());
        stateDir = Files.createTempDirectory("strategy-access-it-state");
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--spring.kafka.streams.state-dir=" + stateDir,
                "--server.port=0",
                // Every row of the matrix is a request; the limit is not what this test is about.
                "--frontdoor.security.rate-limit.burst=100000",
                "--frontdoor.security.rate-limit.requests-per-second=100000"));
        Stream.of(TestTokens.resourceServerPropertyLines()).map(line -> "--" + line).forEach(arguments::add);
        service = new SpringApplicationBuilder(StrategyMeetingApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("testClock", CLOCK))
                .run(arguments.toArray(String[]::new));
        // Health details are shown to MONITORING only.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> send("GET", "/actuator/health", null, TestTokens.monitoring()).body().contains("\"RUNNING\""));
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
        producer.close();
        FileSystemUtils.deleteRecursively(stateDir.toFile());
    }

    static Stream<Arguments> everyEndpointByEveryCaller() {
        return Stream.of(Endpoint.values()).flatMap(endpoint -> Stream.of(Caller.values())
                .map(caller -> Arguments.of(endpoint, caller, endpoint.expectedFor(caller))));
    }

    @ParameterizedTest(name = "{0} by {1} answers {2}")
    @MethodSource("everyEndpointByEveryCaller")
    void each_caller_gets_only_what_its_role_allows(Endpoint endpoint, Caller caller, Expected expected) throws Exception {
        // An accepted command changes its case, so it gets a case of its own; any other call leaves its case as it was.
        TestCase strategyCase = endpoint.stage == Stage.NONE ? null
                : expected.isSuccess() && endpoint.method.equals("POST") ? newCase(endpoint.stage) : sharedCase(endpoint.stage);

        HttpResponse<String> response = send(endpoint.method, endpoint.path(strategyCase), endpoint.body,
                caller.token(endpoint.access.roleAnInvalidTokenClaims()), endpoint.idempotencyKey);

        expected.check(response);
    }

    @Test
    void a_command_refused_to_a_manager_records_nothing_on_the_case() throws Exception {
        String caseId = newCase(Stage.OPENED).caseId();
        String meeting = Endpoint.RECORD_STRATEGY_MEETING.body;

        HttpResponse<String> refused = send("POST", "/api/v1/strategy-cases/" + caseId + "/strategy-meetings", meeting,
                TestTokens.manager());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(caseId);
        JsonNode strategyCase = JSON.readTree(send("GET", "/api/v1/strategy-cases/" + caseId, null, TestTokens.manager()).body());
        assertThat(strategyCase.get("clocks")).singleElement()
                .satisfies(clock -> assertThat(clock.get("status").asString()).isEqualTo("RUNNING"));
        assertThat(send("POST", "/api/v1/strategy-cases/" + caseId + "/strategy-meetings", meeting, TestTokens.practitioner())
                .statusCode()).isEqualTo(200);
    }

    // The audit trail keeps who called, whatever the answer; the case's history who recorded each step.
    @Test
    void a_recorded_meeting_is_audited_with_the_practitioner_who_recorded_it() throws Exception {
        String caseId = newCase(Stage.OPENED).caseId();
        String practitioner = TestTokens.withRoles("practitioner-who-records", List.of("PRACTITIONER"), null);

        assertThat(send("POST", "/api/v1/strategy-cases/" + caseId + "/strategy-meetings",
                Endpoint.RECORD_STRATEGY_MEETING.body, practitioner).statusCode()).isEqualTo(200);

        try (KafkaConsumer<String, AccessAudited> trail = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "access-it-audit",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new AvroDeserializer<>(AccessAudited.class))) {
            trail.subscribe(List.of(Topics.auditTrailOf("strategy-meeting-service").name()));
            List<AccessAudited> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                trail.poll(Duration.ofMillis(500)).forEach(record -> seen.add(record.value()));
                assertThat(seen).anySatisfy(event -> {
                    assertThat(event.getSubject()).isEqualTo("practitioner-who-records");
                    assertThat(event.getRoles()).containsExactly("PRACTITIONER");
                    assertThat(event.getMethod()).isEqualTo("POST");
                    assertThat(event.getRoute()).isEqualTo("/api/v1/strategy-cases/{caseId}/strategy-meetings");
                    assertThat(event.getResourceIds()).isEqualTo(Map.of("caseId", caseId));
                    assertThat(event.getStatus()).isEqualTo(200);
                });
            });
        }
    }

    @Test
    void a_recorded_meeting_names_the_practitioner_who_recorded_it_in_the_case_history() throws Exception {
        String caseId = newCase(Stage.OPENED).caseId();
        String practitioner = TestTokens.withRoles("practitioner-in-the-history", List.of("PRACTITIONER"), null);

        assertThat(send("POST", "/api/v1/strategy-cases/" + caseId + "/strategy-meetings",
                Endpoint.RECORD_STRATEGY_MEETING.body, practitioner).statusCode()).isEqualTo(200);

        JsonNode history = JSON.readTree(send("GET", "/api/v1/strategy-cases/" + caseId, null, TestTokens.manager()).body())
                .get("history");
        assertThat(history.get(history.size() - 1).get("kind").asString()).isEqualTo("STRATEGY_MEETING");
        assertThat(history.get(history.size() - 1).get("recordedBy").asString()).isEqualTo("practitioner-in-the-history");
    }

    /** The state a call needs its case in. */
    enum Stage {
        /** The call names no case. */
        NONE,
        /** A case id no case has. */
        UNKNOWN,
        /** Opened by triage; its strategy meeting is not yet held. */
        OPENED,
        /** A strategy meeting, recorded under {@code ENQUIRY_MEETING_KEY}, started a section 47 enquiry. */
        IN_ENQUIRY,
        /** The ICPC made a child protection plan. */
        WITH_PLAN
    }

    /** Who may call an endpoint: the roles, or everybody, as for a platform's health probe. */
    record Access(List<FrontDoorRole> roles, boolean open) {

        static Access forRoles(FrontDoorRole... roles) {
            return new Access(List.of(roles), false);
        }

        static Access everybody() {
            return new Access(List.of(FrontDoorRole.values()), true);
        }

        /** An invalid token claims a role the endpoint grants: only the token's fault can refuse it. */
        FrontDoorRole roleAnInvalidTokenClaims() {
            return roles.get(0);
        }
    }

    enum Endpoint {
        LIST_CASES_IN_A_STATUS("GET", "/api/v1/strategy-cases?status=OPEN", Stage.NONE, null, Access.forRoles(FrontDoorRole.PRACTITIONER, FrontDoorRole.MANAGER), Expected.status(200)),
        LIST_A_CONTACTS_CASES("GET", "/api/v1/strategy-cases?contactId={contact}", Stage.OPENED, null, Access.forRoles(FrontDoorRole.PRACTITIONER, FrontDoorRole.MANAGER), Expected.status(200)),
        LIST_CASES_WITHOUT_A_FILTER("GET", "/api/v1/strategy-cases", Stage.NONE, null, Access.forRoles(FrontDoorRole.PRACTITIONER, FrontDoorRole.MANAGER), Expected.status(400)),
        READ_A_CASE("GET", "/api/v1/strategy-cases/{case}", Stage.OPENED, null, Access.forRoles(FrontDoorRole.PRACTITIONER, FrontDoorRole.MANAGER), Expected.status(200)),
        READ_AN_UNKNOWN_CASE("GET", "/api/v1/strategy-cases/{case}", Stage.UNKNOWN, null, Access.forRoles(FrontDoorRole.PRACTITIONER, FrontDoorRole.MANAGER), Expected.status(404)),
        RECORD_STRATEGY_MEETING("POST", "/api/v1/strategy-cases/{case}/strategy-meetings", Stage.OPENED, section47Meeting(TODAY), Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(200)),
        RECORD_STRATEGY_MEETING_IN_THE_FUTURE("POST", "/api/v1/strategy-cases/{case}/strategy-meetings", Stage.OPENED, section47Meeting(TOMORROW), Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(422)),
        RECORD_STRATEGY_MEETING_WITHOUT_THE_POLICE("POST", "/api/v1/strategy-cases/{case}/strategy-meetings", Stage.OPENED,
                "{\"heldOn\": \"" + TODAY + "\", \"attendees\": [\"SOCIAL_CARE\", \"HEALTH\"], \"outcome\": \"SECTION_47\"}", Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(400)),
        RECORD_STRATEGY_MEETING_UNDER_AN_IDEMPOTENCY_KEY("POST", "/api/v1/strategy-cases/{case}/strategy-meetings", Stage.OPENED, section47Meeting(TODAY), "first-meeting", Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(200)),
        RECORD_STRATEGY_MEETING_UNDER_AN_INVALID_IDEMPOTENCY_KEY("POST", "/api/v1/strategy-cases/{case}/strategy-meetings", Stage.OPENED, section47Meeting(TODAY), "k".repeat(101), Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(400)),
        SEND_A_STRATEGY_MEETING_AGAIN_UNDER_ITS_IDEMPOTENCY_KEY("POST", "/api/v1/strategy-cases/{case}/strategy-meetings", Stage.IN_ENQUIRY, section47Meeting(TODAY), ENQUIRY_MEETING_KEY, Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(200)),
        REUSE_A_STRATEGY_MEETINGS_IDEMPOTENCY_KEY_FOR_ANOTHER_STEP("POST", "/api/v1/strategy-cases/{case}/icpc-not-required", Stage.IN_ENQUIRY, "{\"reason\": \"Concerns resolved\"}", ENQUIRY_MEETING_KEY, Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(409)),
        RECORD_STRATEGY_MEETING_OF_AN_UNKNOWN_CASE("POST", "/api/v1/strategy-cases/{case}/strategy-meetings", Stage.UNKNOWN, section47Meeting(TODAY), Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(404)),
        RECORD_ICPC_BEFORE_AN_ENQUIRY("POST", "/api/v1/strategy-cases/{case}/icpc", Stage.OPENED, icpcWithPlan(), Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(409)),
        RECORD_ICPC("POST", "/api/v1/strategy-cases/{case}/icpc", Stage.IN_ENQUIRY, icpcWithPlan(), Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(200)),
        RECORD_ICPC_NOT_REQUIRED("POST", "/api/v1/strategy-cases/{case}/icpc-not-required", Stage.IN_ENQUIRY, "{\"reason\": \"Concerns resolved\"}", Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(200)),
        RECORD_CORE_GROUP_WITHOUT_A_PLAN("POST", "/api/v1/strategy-cases/{case}/core-groups", Stage.OPENED, coreGroup(), Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(409)),
        RECORD_CORE_GROUP("POST", "/api/v1/strategy-cases/{case}/core-groups", Stage.WITH_PLAN, coreGroup(), Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(200)),
        RECORD_REVIEW_CONFERENCE("POST", "/api/v1/strategy-cases/{case}/review-conferences", Stage.WITH_PLAN,
                "{\"heldOn\": \"" + TODAY + "\", \"outcome\": \"CONTINUE_PLAN\"}", Access.forRoles(FrontDoorRole.PRACTITIONER), Expected.status(200)),
        // The figures have their own tests: here, whatever they answer a manager, it is not a refusal.
        READ_FIGURES("GET", "/api/v1/figures", Stage.NONE, null, Access.forRoles(FrontDoorRole.MANAGER), Expected.notRefused()),
        READ_OPEN_CLOCKS("GET", "/api/v1/figures/open-clocks", Stage.NONE, null, Access.forRoles(FrontDoorRole.MANAGER), Expected.notRefused()),
        EXPORT_ANNEX_A("GET", "/api/v1/annex-a/section-47.csv", Stage.NONE, null, Access.forRoles(FrontDoorRole.MANAGER), Expected.notRefused()),
        SCRAPE_METRICS("GET", "/actuator/prometheus", Stage.NONE, null, Access.forRoles(FrontDoorRole.MONITORING), Expected.status(200)),
        PROBE_HEALTH("GET", "/actuator/health", Stage.NONE, null, Access.everybody(), Expected.status(200));

        final String method;
        final String template;
        final Stage stage;
        final String body;
        final String idempotencyKey;
        final Access access;
        final Expected whenAllowed;

        Endpoint(String method, String template, Stage stage, String body, Access access, Expected whenAllowed) {
            this(method, template, stage, body, null, access, whenAllowed);
        }

        Endpoint(String method, String template, Stage stage, String body, String idempotencyKey, Access access,
                 Expected whenAllowed) {
            this.method = method;
            this.template = template;
            this.stage = stage;
            this.body = body;
            this.idempotencyKey = idempotencyKey;
            this.access = access;
            this.whenAllowed = whenAllowed;
        }

        /** A presented token must be valid even where none is needed; a valid one must grant a role the endpoint allows. */
        Expected expectedFor(Caller caller) {
            if (caller == Caller.NO_TOKEN && access.open()) {
                return whenAllowed;
            }
            return caller.role()
                    .map(role -> access.roles().contains(role) ? whenAllowed : Expected.status(403))
                    .orElse(Expected.status(401));
        }

        String path(TestCase strategyCase) {
            return strategyCase == null ? template
                    : template.replace("{case}", strategyCase.caseId()).replace("{contact}", strategyCase.contactId());
        }
    }

    enum Caller {
        FRONT_DOOR, MANAGER, PRACTITIONER, PARTNER, MONITORING, NO_TOKEN, EXPIRED_TOKEN, WRONG_ISSUER, FORGED_SIGNATURE;

        String token(FrontDoorRole claimed) {
            return switch (this) {
                case FRONT_DOOR -> TestTokens.frontDoor();
                case MANAGER -> TestTokens.manager();
                case PRACTITIONER -> TestTokens.practitioner();
                case PARTNER -> TestTokens.partner("POLICE");
                case MONITORING -> TestTokens.monitoring();
                case NO_TOKEN -> null;
                case EXPIRED_TOKEN -> TestTokens.expired(claimed);
                case WRONG_ISSUER -> TestTokens.fromWrongIssuer(claimed);
                case FORGED_SIGNATURE -> TestTokens.forgedSignature(claimed);
            };
        }

        /** The role a valid token grants; empty for the callers the service cannot authenticate. */
        Optional<FrontDoorRole> role() {
            return Stream.of(FrontDoorRole.values()).filter(role -> role.name().equals(name())).findFirst();
        }
    }

    /** One status; or, for the endpoints another change builds, anything but a refusal. */
    record Expected(OptionalInt status) {

        static Expected status(int status) {
            return new Expected(OptionalInt.of(status));
        }

        static Expected notRefused() {
            return new Expected(OptionalInt.empty());
        }

        boolean isSuccess() {
            return status.isPresent() && status.getAsInt() == 200;
        }

        void check(HttpResponse<String> response) {
            if (status.isEmpty()) {
                assertThat(response.statusCode()).isNotIn(401, 403);
                return;
            }
            assertThat(response.statusCode()).isEqualTo(status.getAsInt());
            if (status.getAsInt() == 401 || status.getAsInt() == 403) {
                assertThat(response.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            }
        }

        @Override
        public String toString() {
            return status.isPresent() ? String.valueOf(status.getAsInt()) : "neither 401 nor 403";
        }
    }

    private static String section47Meeting(String heldOn) {
        return "{\"heldOn\": \"" + heldOn + "\", \"attendees\": [\"SOCIAL_CARE\", \"POLICE\", \"HEALTH\"], \"outcome\": \"SECTION_47\"}";
    }

    private static String icpcWithPlan() {
        return "{\"heldOn\": \"" + TODAY + "\", \"outcome\": \"CHILD_PROTECTION_PLAN\", \"categoryOfAbuse\": \"NEG\"}";
    }

    private static String coreGroup() {
        return "{\"heldOn\": \"" + TODAY + "\"}";
    }

    /** A case the tests opened through triage's topic, named by its triage decision (TriageFacts). */
    record TestCase(String decisionId) {

        String caseId() {
            return CaseIds.caseIdFor(decisionId);
        }

        String contactId() {
            return "contact-of-" + decisionId;
        }
    }

    private static TestCase sharedCase(Stage stage) throws Exception {
        TestCase strategyCase = sharedCases.get(stage);
        if (strategyCase == null) {
            strategyCase = newCase(stage);
            sharedCases.put(stage, strategyCase);
        }
        return strategyCase;
    }

    /** A case brought to the stage through the API, as a practitioner would. */
    private static TestCase newCase(Stage stage) throws Exception {
        if (stage == Stage.UNKNOWN) {
            return new TestCase("no-such-decision");
        }
        TestCase strategyCase = new TestCase("access-" + decisions.incrementAndGet());
        ChildTriaged decision = TriageFacts.triaged(strategyCase.decisionId(), Route.STRATEGY_MEETING, CLOCK.instant(), false);
        producer.send(new ProducerRecord<>(Topics.CHILD_DECISIONS.name(), decision.getChildRef(), decision)).get();
        String path = "/api/v1/strategy-cases/" + strategyCase.caseId();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> send("GET", path, null, TestTokens.practitioner()).statusCode() == 200);
        if (stage == Stage.IN_ENQUIRY || stage == Stage.WITH_PLAN) {
            assertThat(send("POST", path + "/strategy-meetings", section47Meeting(TODAY), TestTokens.practitioner(),
                    ENQUIRY_MEETING_KEY).statusCode()).isEqualTo(200);
        }
        if (stage == Stage.WITH_PLAN) {
            assertThat(send("POST", path + "/icpc", icpcWithPlan(), TestTokens.practitioner()).statusCode()).isEqualTo(200);
        }
        return strategyCase;
    }

    private static HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        return send(method, path, body, token, null);
    }

    private static HttpResponse<String> send(String method, String path, String body, String token, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + service.getEnvironment().getProperty("local.server.port") + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
