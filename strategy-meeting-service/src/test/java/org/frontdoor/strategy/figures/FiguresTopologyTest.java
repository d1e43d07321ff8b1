package org.frontdoor.strategy.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.strategy.cases.CaseFacts.asCommand;
import static org.frontdoor.strategy.cases.CaseFacts.closed;
import static org.frontdoor.strategy.cases.CaseFacts.icpc;
import static org.frontdoor.strategy.cases.CaseFacts.meeting;
import static org.frontdoor.strategy.cases.CaseFacts.opened;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.CaseClosure;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.IcpcOutcome;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.StrategyMeetingOutcome;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.strategy.cases.CaseFacts;
import org.frontdoor.strategy.cases.CommandEventId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures topology, with the figures application's own Kafka Streams settings. */
class FiguresTopologyTest {

    // An enquiry started on Monday 9 November 2026 is due its ICPC on Monday 30 November.
    private static final LocalDate ICPC_DUE = LocalDate.parse("2026-11-30");

    @TempDir
    Path stateDir;

    private final List<MockProducer<byte[], byte[]>> deadLetterProducers = new ArrayList<>();
    private TopologyTestDriver driver;
    private TestInputTopic<String, StrategyCaseEvent> events;
    private TestInputTopic<String, TimescaleAlert> alerts;

    @BeforeEach
    void startTopology() {
        FiguresStreams streams = Settings.streams(stateDir, Settings.deadLetters(deadLetterProducers));
        driver = new TopologyTestDriver(streams.topology(), streams.properties());
        events = driver.createInputTopic(Topics.STRATEGY_CASE_EVENTS.name(), new StringSerializer(),
                Topics.STRATEGY_CASE_EVENTS.valueSerde().serializer());
        alerts = driver.createInputTopic(Topics.STRATEGY_CASE_ALERTS.name(), new StringSerializer(),
                Topics.STRATEGY_CASE_ALERTS.valueSerde().serializer());
    }

    @AfterEach
    void stopTopology() {
        driver.close();
    }

    private void event(StrategyCaseEvent event) {
        events.pipeInput(event.getCaseId(), event);
    }

    private void alert(TimescaleAlert alert) {
        alerts.pipeInput(alert.getAlertId(), alert);
    }

    private List<ProducerRecord<byte[], byte[]>> deadLetters() {
        return deadLetterProducers.stream().flatMap(producer -> producer.history().stream()).toList();
    }

    private long count(String key) {
        KeyValueStore<String, Long> counts = driver.getKeyValueStore(FiguresTopology.COUNTS);
        Long count = counts.get(key);
        return count == null ? 0 : count;
    }

    @Test
    void events_and_alerts_meet_in_the_case_history_and_move_the_counts_and_the_enquiry_index() {
        event(opened("2026-11-09", false));
        event(meeting("2026-11-09", StrategyMeetingOutcome.SECTION_47));
        alert(Alerts.raised(ClockType.ICPC, 1, AlertKind.AT_RISK, ICPC_DUE.toString()));

        assertThat(count(FigureKeys.openClocks(ClockType.ICPC, Rag.AMBER, "assessment-and-safeguarding"))).isEqualTo(1);

        event(icpc(ICPC_DUE.toString(), IcpcOutcome.NO_PLAN));
        alert(Alerts.raised(ClockType.ICPC, 1, AlertKind.BREACHED, ICPC_DUE.toString()));

        assertThat(count(FigureKeys.openClocks(ClockType.ICPC, Rag.AMBER, "assessment-and-safeguarding"))).isZero();
        assertThat(count(FigureKeys.icpcsHeld(ICPC_DUE))).isEqualTo(1);
        assertThat(count(FigureKeys.icpcsInTime(ICPC_DUE))).isZero();
        assertThat(count(FigureKeys.breaches(ICPC_DUE.plusDays(1), ClockType.ICPC))).isEqualTo(1);
        KeyValueStore<String, String> enquiries = driver.getKeyValueStore(FiguresTopology.ENQUIRIES);
        assertThat(enquiries.get(FiguresLedger.enquiryPrefix(YearMonth.of(2026, 11)) + CaseFacts.CASE_ID)).isEqualTo(CaseFacts.CASE_ID);
        KeyValueStore<String, CaseHistory> histories = driver.getKeyValueStore(FiguresTopology.HISTORIES);
        assertThat(histories.get(CaseFacts.CASE_ID).alerts()).hasSize(2);
    }

    @Test
    void a_command_event_read_before_its_case_opening_is_counted_once_the_opening_arrives() {
        // A practitioner's command can reach the topic before the keeper's transaction that opened the case.
        event(meeting("2026-11-09", StrategyMeetingOutcome.SECTION_47));

        assertThat(count(FigureKeys.meetings(LocalDate.parse("2026-11-09"), StrategyMeetingOutcome.SECTION_47))).isZero();

        event(opened("2026-11-09", false));

        assertThat(count(FigureKeys.meetings(LocalDate.parse("2026-11-09"), StrategyMeetingOutcome.SECTION_47))).isEqualTo(1);
        assertThat(count(FigureKeys.openClocks(ClockType.ICPC, Rag.GREEN, "assessment-and-safeguarding"))).isEqualTo(1);
    }

    @Test
    void an_event_or_alert_read_again_counts_once() {
        StrategyCaseEvent opening = opened("2026-11-09", false);
        StrategyCaseEvent meeting = meeting("2026-11-09", StrategyMeetingOutcome.CHILD_IN_NEED);
        TimescaleAlert atRisk = Alerts.raised(ClockType.STRATEGY_MEETING, 1, AlertKind.AT_RISK, "2026-11-10");
        for (int i = 0; i < 2; i++) {
            event(opening);
            alert(atRisk);
            event(meeting);
        }

        assertThat(count(FigureKeys.meetings(LocalDate.parse("2026-11-09"), StrategyMeetingOutcome.CHILD_IN_NEED))).isEqualTo(1);
        assertThat(count(FigureKeys.meetingsWithoutEnquiry(LocalDate.parse("2026-11-09")))).isEqualTo(1);
        KeyValueStore<String, CaseHistory> histories = driver.getKeyValueStore(FiguresTopology.HISTORIES);
        assertThat(histories.get(CaseFacts.CASE_ID).alerts()).hasSize(1);
    }

    @Test
    void a_command_sent_again_under_its_idempotency_key_is_counted_once_whatever_body_it_carries() {
        LocalDate day = LocalDate.parse("2026-11-09");
        event(opened("2026-11-09", false));
        StrategyCaseEvent first = asCommand(meeting("2026-11-09", StrategyMeetingOutcome.SECTION_47),
                new CommandEventId("command-1", "request-a", 0), "practitioner-1");
        event(first);

        // A retry that reached the topic again, then the same key sent with another body, whose
        // meeting and closure would otherwise end the enquiry as a meeting without one.
        event(first);
        event(asCommand(meeting("2026-11-09", StrategyMeetingOutcome.NO_FURTHER_ACTION),
                new CommandEventId("command-1", "request-b", 0), "practitioner-1"));
        event(asCommand(closed(CaseClosure.NO_FURTHER_ACTION), new CommandEventId("command-1", "request-b", 1), "practitioner-1"));

        assertThat(count(FigureKeys.meetings(day, StrategyMeetingOutcome.SECTION_47))).isEqualTo(1);
        assertThat(count(FigureKeys.meetings(day, StrategyMeetingOutcome.NO_FURTHER_ACTION))).isZero();
        assertThat(count(FigureKeys.meetingsWithoutEnquiry(day))).isZero();
        assertThat(count(FigureKeys.openClocks(ClockType.ICPC, Rag.GREEN, "assessment-and-safeguarding"))).isEqualTo(1);
    }

    @Test
    void unreadable_records_go_to_the_figures_dead_letter_topics_and_the_next_record_is_counted() {
        TestInputTopic<String, byte[]> rawEvents = driver.createInputTopic(Topics.STRATEGY_CASE_EVENTS.name(),
                new StringSerializer(), new ByteArraySerializer());
        TestInputTopic<String, byte[]> rawAlerts = driver.createInputTopic(Topics.STRATEGY_CASE_ALERTS.name(),
                new StringSerializer(), new ByteArraySerializer());
        rawEvents.pipeInput(CaseFacts.CASE_ID, "not an event".getBytes(StandardCharsets.UTF_8));
        rawAlerts.pipeInput("alert-1", "not an alert".getBytes(StandardCharsets.UTF_8));

        event(opened("2026-11-09", false));
        alert(Alerts.raised(ClockType.STRATEGY_MEETING, 1, AlertKind.AT_RISK, "2026-11-10"));

        assertThat(count(FigureKeys.openClocks(ClockType.STRATEGY_MEETING, Rag.AMBER, "assessment-and-safeguarding"))).isEqualTo(1);
        assertThat(deadLetters()).extracting(ProducerRecord::topic).containsExactly(
                "frontdoor.strategy-cases.events.dlt.strategy-meeting-service-figures",
                "frontdoor.strategy-cases.alerts.dlt.strategy-meeting-service-figures");
        assertThat(deadLetters()).extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .containsExactly("not an event", "not an alert");
    }

    @Test
    void empty_values_are_skipped() {
        TestInputTopic<String, byte[]> rawEvents = driver.createInputTopic(Topics.STRATEGY_CASE_EVENTS.name(),
                new StringSerializer(), new ByteArraySerializer());
        TestInputTopic<String, byte[]> rawAlerts = driver.createInputTopic(Topics.STRATEGY_CASE_ALERTS.name(),
                new StringSerializer(), new ByteArraySerializer());
        rawEvents.pipeInput(CaseFacts.CASE_ID, (byte[]) null);
        rawAlerts.pipeInput("alert-2", (byte[]) null);

        event(opened("2026-11-09", false));

        assertThat(count(FigureKeys.openClocks(ClockType.STRATEGY_MEETING, Rag.GREEN, "assessment-and-safeguarding"))).isEqualTo(1);
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void alerts_that_name_no_case_or_no_cycle_are_not_counted() {
        event(opened("2026-11-09", false));
        TimescaleAlert noCase = TimescaleAlert.newBuilder(Alerts.raised(ClockType.STRATEGY_MEETING, 1, AlertKind.BREACHED, "2026-11-10"))
                .setCaseId(null).build();
        alert(noCase);
        alert(Alerts.withId("not-an-alert-id", ClockType.STRATEGY_MEETING, AlertKind.BREACHED, "2026-11-10"));

        assertThat(count(FigureKeys.openClocks(ClockType.STRATEGY_MEETING, Rag.GREEN, "assessment-and-safeguarding"))).isEqualTo(1);
        assertThat(count(FigureKeys.breaches(LocalDate.parse("2026-11-11"), ClockType.STRATEGY_MEETING))).isZero();
    }

    @Test
    void counts_of_cases_in_the_same_month_add_up() {
        for (String caseId : List.of("case-a", "case-b", "case-c")) {
            event(StrategyCaseEvent.newBuilder(opened("2026-11-09", false)).setCaseId(caseId).build());
            event(StrategyCaseEvent.newBuilder(meeting("2026-11-10", StrategyMeetingOutcome.NO_FURTHER_ACTION)).setCaseId(caseId).build());
        }

        assertThat(count(FigureKeys.meetings(LocalDate.parse("2026-11-10"), StrategyMeetingOutcome.NO_FURTHER_ACTION))).isEqualTo(3);
        assertThat(count(FigureKeys.openClocks(ClockType.STRATEGY_MEETING, Rag.GREEN, "assessment-and-safeguarding"))).isZero();
    }
}
