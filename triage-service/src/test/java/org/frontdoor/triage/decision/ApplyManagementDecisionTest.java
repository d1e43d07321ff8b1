package org.frontdoor.triage.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.ManagementOutcome;
import org.frontdoor.events.Route;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroDeserializer;
import org.frontdoor.triage.MovableClock;
import org.frontdoor.triage.clock.ContactDecisionClock;
import org.frontdoor.triage.clock.DueAlert;
import org.frontdoor.triage.clock.RaisedAlerts;
import org.frontdoor.triage.decision.AnsweredRequest.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The one writer of managers' decisions (decision 0014): whatever is sent, however often, each
 * triage decision gets at most one ManagementDecisionRecorded, and each request one answer.
 */
class ApplyManagementDecisionTest {

    private static final Instant ASKED = Instant.parse("2026-11-04T10:15:00Z");
    private static final String CONTACT = "contact-1";
    private static final String DECISION = "decision-1";

    private final MovableClock clock = new MovableClock(ASKED);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<String, RequestedManagementDecision> requests;
    private TestOutputTopic<String, ManagementDecisionRecorded> published;
    private KeyValueStore<String, AnsweredRequest> answers;
    private KeyValueStore<String, ContactDecisions> decisions;

    @BeforeEach
    void start() throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(store(DecisionStores.CONTACT_DECISIONS, json(ContactDecisions.class)));
        builder.addStateStore(store(ContactDecisionClock.DUE_ALERTS, json(DueAlert.class)));
        builder.addStateStore(store(DecisionStores.MANAGEMENT_REQUESTS, json(AnsweredRequest.class)));
        TriageTopology.applyManagementDecisions(builder, () -> new ApplyManagementDecision(clock, Duration.ofSeconds(5),
                Mockito.mock(RaisedAlerts.class), new RecordedManagementDecisions(meters), Duration.ofDays(1)));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "apply-management-decision-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("apply-management-decision").toString());
        driver = new TopologyTestDriver(builder.build(), config);
        requests = driver.createInputTopic(ManagementRequestTopic.NAME, new StringSerializer(),
                new JacksonJsonSerializer<RequestedManagementDecision>().noTypeInfo());
        published = driver.createOutputTopic(Topics.MANAGEMENT_DECISIONS.name(), new StringDeserializer(),
                new AvroDeserializer<>(ManagementDecisionRecorded.class));
        answers = driver.getKeyValueStore(DecisionStores.MANAGEMENT_REQUESTS);
        decisions = driver.getKeyValueStore(DecisionStores.CONTACT_DECISIONS);
        decisions.put(CONTACT, new ContactDecisions(List.of(triaged())));
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aRequestDeliveredTwiceIsRecordedOnceAndAnsweredOnce() {
        RequestedManagementDecision confirm = request("manager-ayo", ManagementOutcome.CONFIRMED, Route.MASH, null, "key-1");

        requests.pipeInput(CONTACT, confirm);
        requests.pipeInput(CONTACT, confirm);

        assertThat(published.readValuesToList()).singleElement()
                .satisfies(event -> assertThat(event.getRecordedBy()).isEqualTo("manager-ayo"));
        assertThat(answers.get(confirm.requestKey()).answer()).isEqualTo(Answer.RECORDED);
        assertThat(meters.get("frontdoor.management.decisions").tag("outcome", "CONFIRMED").counter().count()).isEqualTo(1);
    }

    @Test
    void aSecondManagersDecisionIsAnsweredAlreadyDecidedAndNeitherRecordedNorPublished() {
        RequestedManagementDecision first = request("manager-ayo", ManagementOutcome.CONFIRMED, Route.MASH, null, "key-1");
        RequestedManagementDecision second = request("manager-bea", ManagementOutcome.OVERRIDDEN, Route.EARLY_HELP,
                "The family already works with early help", "key-1");

        requests.pipeInput(CONTACT, first);
        requests.pipeInput(CONTACT, second);

        assertThat(published.readValuesToList()).hasSize(1);
        assertThat(answers.get(second.requestKey()).answer()).isEqualTo(Answer.ALREADY_DECIDED);
        assertThat(decisions.get(CONTACT).find(DECISION).orElseThrow().managementDecision().recordedBy()).isEqualTo("manager-ayo");
    }

    @Test
    void theSameManagersSameDecisionSentAgainWithoutAKeyIsAnsweredRecordedAndPublishesNothingMore() {
        RequestedManagementDecision first = request("manager-ayo", ManagementOutcome.OVERRIDDEN, Route.EARLY_HELP, "Known to early help", null);
        RequestedManagementDecision again = request("manager-ayo", ManagementOutcome.OVERRIDDEN, Route.EARLY_HELP, "Known to early help", null);

        requests.pipeInput(CONTACT, first);
        requests.pipeInput(CONTACT, again);

        assertThat(again.requestKey()).isNotEqualTo(first.requestKey());
        assertThat(published.readValuesToList()).hasSize(1);
        assertThat(answers.get(again.requestKey()).answer()).isEqualTo(Answer.RECORDED);
    }

    @Test
    void aRequestForADecisionTheContactDoesNotHaveIsAnsweredUnknownAndPublishesNothing() {
        RequestedManagementDecision unknown = new RequestedManagementDecision("unknown-request", "fingerprint", "decision-9",
                CONTACT, ManagementOutcome.CONFIRMED, Route.MASH, null, "manager-ayo", ASKED);

        requests.pipeInput(CONTACT, unknown);

        assertThat(published.isEmpty()).isTrue();
        assertThat(answers.get("unknown-request").answer()).isEqualTo(Answer.UNKNOWN_DECISION);
    }

    @Test
    void theDecisionIsRecordedAsMadeWhenTheManagerAskedAndCarriesTheTraceOfTheirRequest() {
        RequestedManagementDecision confirm = request("manager-ayo", ManagementOutcome.CONFIRMED, Route.MASH, null, null);
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        clock.moveTo(ASKED.plus(Duration.ofHours(3)));

        requests.pipeInput(new TestRecord<>(CONTACT, confirm, new RecordHeaders()
                .add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8))));

        TestRecord<String, ManagementDecisionRecorded> event = published.readRecord();
        assertThat(event.key()).isEqualTo("child-1");
        assertThat(event.value().getRecordedAt()).isEqualTo(ASKED);
        assertThat(event.value().getTriagedRoute()).isEqualTo(Route.MASH);
        assertThat(new String(event.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8)).isEqualTo(traceparent);
    }

    @Test
    void answersAreForgottenOnceOlderThanTheyAreKeptAndARequestSentLaterStillRecordsNothingNew() {
        RequestedManagementDecision confirm = request("manager-ayo", ManagementOutcome.CONFIRMED, Route.MASH, null, "key-1");
        requests.pipeInput(CONTACT, confirm);

        clock.moveTo(ASKED.plus(Duration.ofDays(1)).plusSeconds(1));
        driver.advanceWallClockTime(Duration.ofMinutes(10));

        assertThat(answers.get(confirm.requestKey())).isNull();
        requests.pipeInput(CONTACT, confirm);
        assertThat(published.readValuesToList()).hasSize(1);
        assertThat(answers.get(confirm.requestKey()).answer()).isEqualTo(Answer.RECORDED);
    }

    private RequestedManagementDecision request(String manager, ManagementOutcome outcome, Route route, String reason,
                                                String key) {
        return RequestedManagementDecision.of(triaged(), outcome, route, reason, manager,
                Optional.ofNullable(key).map(IdempotencyKey::new), ASKED);
    }

    private static DecisionView triaged() {
        return new DecisionView(DECISION, CONTACT, 0, "child-1", 3, "MASH", "AMBER", List.of(), "default-2026.1", false,
                false, "mash", ASKED.minus(Duration.ofHours(1)), LocalDate.of(2026, 11, 5), null);
    }

    private static <V> StoreBuilder<?> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }

    private static <T> Serde<T> json(Class<T> type) {
        return new JacksonJsonSerde<T>(type).noTypeInfo().ignoreTypeHeaders();
    }

}
