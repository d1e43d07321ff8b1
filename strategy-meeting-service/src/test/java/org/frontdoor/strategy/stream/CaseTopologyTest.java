package org.frontdoor.strategy.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.strategy.stream.TriageFacts.overridden;
import static org.frontdoor.strategy.stream.TriageFacts.triaged;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.Agency;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.CaseClosed;
import org.frontdoor.events.CaseClosure;
import org.frontdoor.events.CaseOpened;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.Route;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.StrategyMeetingHeld;
import org.frontdoor.events.StrategyMeetingOutcome;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.strategy.MovableClock;
import org.frontdoor.strategy.cases.CaseIds;
import org.frontdoor.strategy.cases.CaseStatus;
import org.frontdoor.strategy.cases.StrategyCase;
import org.frontdoor.strategy.clock.ClockRules;
import org.frontdoor.strategy.clock.ClockStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseTopologyTest {

    private static final Duration DUE_CHECK = Duration.ofSeconds(5);
    // Monday 23 November 2026, 10:00 in London (GMT).
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path stateDir;

    private final MovableClock clock = new MovableClock(MONDAY_MORNING);
    private TopologyTestDriver driver;
    private TestInputTopic<String, ChildTriaged> decisions;
    private TestInputTopic<String, ManagementDecisionRecorded> managers;
    private TestInputTopic<String, StrategyCaseEvent> caseEventsIn;
    private TestOutputTopic<String, StrategyCaseEvent> caseEvents;
    private TestOutputTopic<String, TimescaleAlert> alerts;

    @BeforeEach
    void startTopology() {
        StreamsBuilder builder = new StreamsBuilder();
        CaseTopology.build(builder, new CaseProcessing(ClockRules.defaults(), clock, DUE_CHECK, 1,
                "assessment-and-safeguarding", AlertListener.NONE));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "strategy-topology-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(builder.build(), config, MONDAY_MORNING);
        decisions = driver.createInputTopic(Topics.CHILD_DECISIONS.name(), Topics.CHILD_DECISIONS.keySerde().serializer(),
                Topics.CHILD_DECISIONS.valueSerde().serializer());
        managers = driver.createInputTopic(Topics.MANAGEMENT_DECISIONS.name(), Topics.MANAGEMENT_DECISIONS.keySerde().serializer(),
                Topics.MANAGEMENT_DECISIONS.valueSerde().serializer());
        caseEventsIn = driver.createInputTopic(Topics.STRATEGY_CASE_EVENTS.name(), Topics.STRATEGY_CASE_EVENTS.keySerde().serializer(),
                Topics.STRATEGY_CASE_EVENTS.valueSerde().serializer());
        caseEvents = driver.createOutputTopic(Topics.STRATEGY_CASE_EVENTS.name(), Topics.STRATEGY_CASE_EVENTS.keySerde().deserializer(),
                Topics.STRATEGY_CASE_EVENTS.valueSerde().deserializer());
        alerts = driver.createOutputTopic(Topics.STRATEGY_CASE_ALERTS.name(), Topics.STRATEGY_CASE_ALERTS.keySerde().deserializer(),
                Topics.STRATEGY_CASE_ALERTS.valueSerde().deserializer());
    }

    @AfterEach
    void stopTopology() {
        driver.close();
    }

    private String routeToStrategyMeeting(String decisionId, boolean immediateRisk) {
        ChildTriaged decision = triaged(decisionId, Route.STRATEGY_MEETING, clock.instant(), immediateRisk);
        decisions.pipeInput(decision.getChildRef(), decision);
        return CaseIds.caseIdFor(decisionId);
    }

    private StrategyCase stored(String caseId) {
        KeyValueStore<String, StrategyCase> cases = driver.getKeyValueStore(StoreNames.CASES);
        return cases.get(caseId);
    }

    /** Moves the service clock to {@code instant} and lets one due check run. */
    private List<TimescaleAlert> checkAt(Instant instant) {
        clock.set(instant);
        driver.advanceWallClockTime(DUE_CHECK);
        return alerts.readValuesToList();
    }

    @Test
    void a_child_routed_to_a_strategy_meeting_opens_one_case_with_its_strategy_meeting_clock() {
        String caseId = routeToStrategyMeeting("d-open", false);

        StrategyCase strategyCase = stored(caseId);
        assertThat(strategyCase.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(strategyCase.clock(ClockType.STRATEGY_MEETING, 1)).hasValueSatisfying(clock ->
                assertThat(clock.dueOn()).isEqualTo(LocalDate.parse("2026-11-24")));
        assertThat(caseEvents.readKeyValuesToList()).singleElement().satisfies(event -> {
            assertThat(event.key).isEqualTo(caseId);
            assertThat(event.value.getFact()).isInstanceOf(CaseOpened.class);
        });
    }

    @Test
    void a_decision_read_twice_opens_the_case_once() {
        routeToStrategyMeeting("d-twice", false);
        routeToStrategyMeeting("d-twice", false);

        assertThat(caseEvents.readValuesToList()).hasSize(1);
    }

    @Test
    void a_child_routed_elsewhere_opens_no_case() {
        ChildTriaged decision = triaged("d-mash", Route.MASH, clock.instant(), false);
        decisions.pipeInput(decision.getChildRef(), decision);

        assertThat(caseEvents.isEmpty()).isTrue();
        assertThat(stored(CaseIds.caseIdFor("d-mash"))).isNull();
    }

    @Test
    void each_alert_is_raised_once_at_its_moment_of_the_london_day() {
        String caseId = routeToStrategyMeeting("d-alerts", false);

        assertThat(checkAt(Instant.parse("2026-11-23T23:59:59Z"))).isEmpty();

        List<TimescaleAlert> atRisk = checkAt(Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(atRisk).singleElement().satisfies(alert -> {
            assertThat(alert.getKind()).isEqualTo(AlertKind.AT_RISK);
            assertThat(alert.getClock()).isEqualTo(ClockType.STRATEGY_MEETING);
            assertThat(alert.getCaseId()).isEqualTo(caseId);
            assertThat(alert.getContactId()).isEqualTo("contact-of-d-alerts");
            assertThat(alert.getDecisionId()).isEqualTo("d-alerts");
            assertThat(alert.getChildRef()).isEqualTo("child-of-d-alerts");
            assertThat(alert.getTeam()).isEqualTo("assessment-and-safeguarding");
            assertThat(alert.getDueOn()).isEqualTo(LocalDate.parse("2026-11-24"));
            assertThat(alert.getRaisedAt()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
            assertThat(alert.getAlertId()).isEqualTo(caseId + ":STRATEGY_MEETING:1:AT_RISK");
        });
        assertThat(checkAt(Instant.parse("2026-11-24T12:00:00Z"))).isEmpty();

        assertThat(checkAt(Instant.parse("2026-11-25T00:00:00Z"))).singleElement()
                .satisfies(alert -> assertThat(alert.getKind()).isEqualTo(AlertKind.BREACHED));
        assertThat(checkAt(Instant.parse("2026-11-30T00:00:00Z"))).isEmpty();
        assertThat(stored(caseId).clock(ClockType.STRATEGY_MEETING, 1).orElseThrow().status()).isEqualTo(ClockStatus.BREACHED);
    }

    @Test
    void in_summer_time_alerts_fall_due_at_london_midnight_which_is_2300_utc() {
        clock.set(Instant.parse("2026-07-15T23:30:00Z"));
        routeToStrategyMeeting("d-summer", false);

        // Decided on Thursday 16 July in London, so due Friday 17 July: at risk from 23:00 UTC on the 16th.
        assertThat(checkAt(Instant.parse("2026-07-16T22:59:59Z"))).isEmpty();
        assertThat(checkAt(Instant.parse("2026-07-16T23:00:00Z"))).singleElement().satisfies(alert -> {
            assertThat(alert.getKind()).isEqualTo(AlertKind.AT_RISK);
            assertThat(alert.getDueOn()).isEqualTo(LocalDate.parse("2026-07-17"));
        });
        assertThat(checkAt(Instant.parse("2026-07-17T22:59:59Z"))).isEmpty();
        assertThat(checkAt(Instant.parse("2026-07-17T23:00:00Z"))).singleElement()
                .satisfies(alert -> assertThat(alert.getKind()).isEqualTo(AlertKind.BREACHED));
    }

    @Test
    void after_downtime_past_the_breach_the_first_check_raises_only_the_breach() {
        routeToStrategyMeeting("d-downtime", false);

        List<TimescaleAlert> raised = checkAt(Instant.parse("2026-12-07T09:00:00Z"));

        assertThat(raised).singleElement().satisfies(alert -> assertThat(alert.getKind()).isEqualTo(AlertKind.BREACHED));
        assertThat(checkAt(Instant.parse("2026-12-08T09:00:00Z"))).isEmpty();
    }

    @Test
    void immediate_risk_warns_at_the_first_check_after_the_case_opens() {
        routeToStrategyMeeting("d-immediate", true);

        assertThat(checkAt(MONDAY_MORNING.plusSeconds(5))).singleElement()
                .satisfies(alert -> assertThat(alert.getKind()).isEqualTo(AlertKind.AT_RISK));
    }

    @Test
    void a_clock_met_before_its_moment_raises_no_alert_and_the_next_clock_takes_over() {
        String caseId = routeToStrategyMeeting("d-met", false);
        caseEvents.readValuesToList();
        caseEventsIn.pipeInput(caseId, StrategyCaseEvent.newBuilder().setEventId(UUID.randomUUID().toString())
                .setCaseId(caseId).setOccurredAt(clock.instant())
                .setFact(StrategyMeetingHeld.newBuilder().setHeldOn(LocalDate.parse("2026-11-23"))
                        .setAttendees(List.of(Agency.SOCIAL_CARE, Agency.POLICE, Agency.HEALTH))
                        .setOutcome(StrategyMeetingOutcome.SECTION_47).build())
                .build());

        assertThat(checkAt(Instant.parse("2026-11-26T00:00:00Z"))).isEmpty();

        // ICPC due 15 working days after Monday 23 November: Monday 14 December; at risk from Wednesday 9 December.
        assertThat(stored(caseId).clock(ClockType.ICPC, 1)).hasValueSatisfying(icpc ->
                assertThat(icpc.dueOn()).isEqualTo(LocalDate.parse("2026-12-14")));
        assertThat(checkAt(Instant.parse("2026-12-09T00:00:00Z"))).singleElement().satisfies(alert -> {
            assertThat(alert.getClock()).isEqualTo(ClockType.ICPC);
            assertThat(alert.getKind()).isEqualTo(AlertKind.AT_RISK);
        });
    }

    @Test
    void a_manager_overriding_the_route_closes_the_case_and_its_clocks_raise_nothing() {
        String caseId = routeToStrategyMeeting("d-override", false);
        caseEvents.readValuesToList();

        managers.pipeInput("child-of-d-override",
                overridden("d-override", Route.STRATEGY_MEETING, Route.MASH, MONDAY_MORNING.plusSeconds(3600)));

        assertThat(caseEvents.readValuesToList()).singleElement().satisfies(event ->
                assertThat(event.getFact()).isInstanceOfSatisfying(CaseClosed.class, closed ->
                        assertThat(closed.getClosure()).isEqualTo(CaseClosure.STRATEGY_MEETING_NOT_REQUIRED)));
        StrategyCase closedCase = stored(caseId);
        assertThat(closedCase.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closedCase.clock(ClockType.STRATEGY_MEETING, 1).orElseThrow().status()).isEqualTo(ClockStatus.STOPPED);
        assertThat(checkAt(Instant.parse("2026-12-31T00:00:00Z"))).isEmpty();
    }

    @Test
    void a_manager_overriding_a_lower_route_to_a_strategy_meeting_opens_a_case() {
        managers.pipeInput("child-of-d-up", overridden("d-up", Route.MASH, Route.STRATEGY_MEETING, MONDAY_MORNING));

        StrategyCase opened = stored(CaseIds.caseIdFor("d-up"));
        assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(opened.team()).isEqualTo("assessment-and-safeguarding");
        assertThat(opened.openedOn()).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void an_override_of_a_case_that_never_opened_closes_nothing() {
        managers.pipeInput("child-of-d-none", overridden("d-none", Route.STRATEGY_MEETING, Route.MASH, MONDAY_MORNING));

        assertThat(caseEvents.isEmpty()).isTrue();
    }
}
