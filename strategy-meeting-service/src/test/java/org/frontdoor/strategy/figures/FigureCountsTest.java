package org.frontdoor.strategy.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.strategy.cases.CaseFacts.closed;
import static org.frontdoor.strategy.cases.CaseFacts.icpc;
import static org.frontdoor.strategy.cases.CaseFacts.icpcNotRequired;
import static org.frontdoor.strategy.cases.CaseFacts.meeting;
import static org.frontdoor.strategy.cases.CaseFacts.opened;
import static org.frontdoor.strategy.cases.CaseFacts.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.CaseClosure;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.IcpcOutcome;
import org.frontdoor.events.ReviewOutcome;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.StrategyMeetingOutcome;
import org.frontdoor.strategy.cases.CaseFacts;
import org.frontdoor.strategy.clock.ClockRules;
import org.junit.jupiter.api.Test;

/** What one case adds to the figures, from its events and alerts in any order. */
class FigureCountsTest {

    private static final ClockRules RULES = ClockRules.defaults();
    private static final String TEAM = "assessment-and-safeguarding";
    // Monday 9 November 2026: an enquiry started then is due its ICPC on Monday 30 November.
    private static final String ENQUIRY_DAY = "2026-11-09";
    private static final String ICPC_DUE = "2026-11-30";

    private static CaseHistory fold(List<StrategyCaseEvent> events) {
        CaseHistory history = CaseHistory.empty(CaseFacts.CASE_ID);
        for (StrategyCaseEvent event : events) {
            history = history.after(event, RULES);
        }
        return history;
    }

    private static CaseHistory enquiryStarted() {
        return fold(List.of(opened(ENQUIRY_DAY, false), meeting(ENQUIRY_DAY, StrategyMeetingOutcome.SECTION_47)));
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void an_icpc_on_its_due_date_counts_as_held_in_time_in_its_month() {
        Map<String, Long> counts = FigureCounts.of(enquiryStarted().after(icpc(ICPC_DUE, IcpcOutcome.NO_PLAN), RULES));

        assertThat(counts).containsEntry(FigureKeys.icpcsHeld(day(ICPC_DUE)), 1L)
                .containsEntry(FigureKeys.icpcsInTime(day(ICPC_DUE)), 1L)
                .doesNotContainKey(FigureKeys.breaches(day("2026-12-01"), ClockType.ICPC));
    }

    @Test
    void an_icpc_after_its_due_date_is_late_and_its_clock_breached_the_day_after_the_due_date() {
        Map<String, Long> counts = FigureCounts.of(enquiryStarted().after(icpc("2026-12-01", IcpcOutcome.NO_PLAN), RULES));

        assertThat(counts).containsEntry(FigureKeys.icpcsHeld(day("2026-12-01")), 1L)
                .doesNotContainKey(FigureKeys.icpcsInTime(day("2026-12-01")))
                .containsEntry(FigureKeys.breaches(day("2026-12-01"), ClockType.ICPC), 1L);
    }

    @Test
    void an_icpc_recorded_after_its_breach_alert_is_late_whichever_of_the_two_is_read_first() {
        RaisedAlert breach = Alerts.of(ClockType.ICPC, 1, AlertKind.BREACHED, ICPC_DUE);
        StrategyCaseEvent heldOnDueDate = icpc(ICPC_DUE, IcpcOutcome.NO_PLAN);

        Map<String, Long> alertFirst = FigureCounts.of(enquiryStarted().withAlert(breach).after(heldOnDueDate, RULES));
        Map<String, Long> icpcFirst = FigureCounts.of(enquiryStarted().after(heldOnDueDate, RULES).withAlert(breach));

        assertThat(alertFirst).isEqualTo(icpcFirst)
                .containsEntry(FigureKeys.icpcsHeld(day(ICPC_DUE)), 1L)
                .doesNotContainKey(FigureKeys.icpcsInTime(day(ICPC_DUE)))
                .containsEntry(FigureKeys.breaches(day("2026-12-01"), ClockType.ICPC), 1L);
    }

    @Test
    void an_at_risk_alert_does_not_make_an_icpc_late() {
        CaseHistory history = enquiryStarted().withAlert(Alerts.of(ClockType.ICPC, 1, AlertKind.AT_RISK, ICPC_DUE))
                .after(icpc(ICPC_DUE, IcpcOutcome.CHILD_PROTECTION_PLAN), RULES);

        assertThat(FigureCounts.of(history)).containsEntry(FigureKeys.icpcsInTime(day(ICPC_DUE)), 1L);
    }

    @Test
    void a_clock_met_late_and_alerted_counts_as_one_breach() {
        CaseHistory history = enquiryStarted().after(icpc("2026-12-02", IcpcOutcome.NO_PLAN), RULES)
                .withAlert(Alerts.of(ClockType.ICPC, 1, AlertKind.BREACHED, ICPC_DUE));

        assertThat(FigureCounts.of(history)).containsEntry(FigureKeys.breaches(day("2026-12-01"), ClockType.ICPC), 1L);
    }

    @Test
    void an_icpc_recorded_as_not_required_is_no_icpc_held() {
        Map<String, Long> counts = FigureCounts.of(enquiryStarted().after(icpcNotRequired("2026-11-16T10:00:00Z"), RULES)
                .after(closed(CaseClosure.ICPC_NOT_REQUIRED), RULES));

        assertThat(counts.keySet()).noneMatch(key -> key.contains("icpcs"));
    }

    @Test
    void a_first_meeting_deciding_against_an_enquiry_counts_as_a_meeting_without_enquiry() {
        CaseHistory history = fold(List.of(opened("2026-11-02", false),
                meeting("2026-11-03", StrategyMeetingOutcome.CHILD_IN_NEED), closed(CaseClosure.CHILD_IN_NEED)));

        assertThat(FigureCounts.of(history))
                .containsEntry(FigureKeys.meetings(day("2026-11-03"), StrategyMeetingOutcome.CHILD_IN_NEED), 1L)
                .containsEntry(FigureKeys.meetingsWithoutEnquiry(day("2026-11-03")), 1L);
    }

    @Test
    void a_later_meeting_ending_an_enquiry_already_started_is_a_meeting_but_not_one_without_enquiry() {
        CaseHistory history = enquiryStarted().after(meeting("2026-11-12", StrategyMeetingOutcome.NO_FURTHER_ACTION), RULES);

        assertThat(FigureCounts.of(history))
                .containsEntry(FigureKeys.meetings(day(ENQUIRY_DAY), StrategyMeetingOutcome.SECTION_47), 1L)
                .containsEntry(FigureKeys.meetings(day("2026-11-12"), StrategyMeetingOutcome.NO_FURTHER_ACTION), 1L)
                .doesNotContainKey(FigureKeys.meetingsWithoutEnquiry(day("2026-11-12")));
    }

    @Test
    void an_event_read_twice_counts_once_and_an_event_the_case_refuses_counts_not_at_all() {
        StrategyCaseEvent meeting = meeting(ENQUIRY_DAY, StrategyMeetingOutcome.SECTION_47);
        CaseHistory once = fold(List.of(opened(ENQUIRY_DAY, false), meeting));

        assertThat(once.after(meeting, RULES)).isSameAs(once);
        CaseHistory refused = fold(List.of(opened(ENQUIRY_DAY, false), icpc(ENQUIRY_DAY, IcpcOutcome.NO_PLAN)));
        assertThat(FigureCounts.of(refused).keySet()).noneMatch(key -> key.contains("icpcs"));
        assertThat(refused.strategyCase().refusedEventIds()).hasSize(1);
    }

    @Test
    void an_event_before_the_case_opened_is_ignored_as_the_case_keeper_ignores_it() {
        CaseHistory empty = CaseHistory.empty(CaseFacts.CASE_ID);

        assertThat(empty.after(meeting(ENQUIRY_DAY, StrategyMeetingOutcome.SECTION_47), RULES)).isSameAs(empty);
    }

    @Test
    void an_alert_read_twice_changes_nothing() {
        CaseHistory alerted = enquiryStarted().withAlert(Alerts.of(ClockType.ICPC, 1, AlertKind.AT_RISK, ICPC_DUE));

        assertThat(alerted.withAlert(Alerts.of(ClockType.ICPC, 1, AlertKind.AT_RISK, ICPC_DUE))).isSameAs(alerted);
    }

    @Test
    void open_clocks_are_green_then_amber_then_red_and_a_late_at_risk_alert_never_turns_red_back() {
        CaseHistory opened = fold(List.of(opened("2026-11-02", false)));
        RaisedAlert atRisk = Alerts.of(ClockType.STRATEGY_MEETING, 1, AlertKind.AT_RISK, "2026-11-03");
        RaisedAlert breached = Alerts.of(ClockType.STRATEGY_MEETING, 1, AlertKind.BREACHED, "2026-11-03");

        assertThat(FigureCounts.of(opened)).containsEntry(FigureKeys.openClocks(ClockType.STRATEGY_MEETING, Rag.GREEN, TEAM), 1L);
        assertThat(FigureCounts.of(opened.withAlert(atRisk)))
                .containsEntry(FigureKeys.openClocks(ClockType.STRATEGY_MEETING, Rag.AMBER, TEAM), 1L)
                .doesNotContainKey(FigureKeys.openClocks(ClockType.STRATEGY_MEETING, Rag.GREEN, TEAM));
        assertThat(FigureCounts.of(opened.withAlert(breached).withAlert(atRisk)))
                .containsEntry(FigureKeys.openClocks(ClockType.STRATEGY_MEETING, Rag.RED, TEAM), 1L)
                .doesNotContainKey(FigureKeys.openClocks(ClockType.STRATEGY_MEETING, Rag.AMBER, TEAM));
    }

    @Test
    void a_closed_case_has_no_open_clocks() {
        CaseHistory history = fold(List.of(opened("2026-11-02", false), closed(CaseClosure.STRATEGY_MEETING_NOT_REQUIRED)));

        assertThat(FigureCounts.of(history).keySet()).noneMatch(key -> key.startsWith(FigureKeys.OPEN_PREFIX));
    }

    @Test
    void an_alert_read_before_the_case_opened_counts_its_breach_and_colours_the_clock_once_it_opens() {
        CaseHistory alertFirst = CaseHistory.empty(CaseFacts.CASE_ID)
                .withAlert(Alerts.of(ClockType.STRATEGY_MEETING, 1, AlertKind.BREACHED, "2026-11-02"));

        assertThat(FigureCounts.of(alertFirst)).containsOnlyKeys(FigureKeys.breaches(day("2026-11-03"), ClockType.STRATEGY_MEETING));
        assertThat(FigureCounts.of(alertFirst.after(opened("2026-11-02", true), RULES)))
                .containsEntry(FigureKeys.openClocks(ClockType.STRATEGY_MEETING, Rag.RED, TEAM), 1L)
                .containsEntry(FigureKeys.breaches(day("2026-11-03"), ClockType.STRATEGY_MEETING), 1L);
    }

    @Test
    void a_strategy_meeting_after_its_due_date_is_a_breach_without_any_alert() {
        CaseHistory history = fold(List.of(opened("2026-11-02", false), meeting("2026-11-04", StrategyMeetingOutcome.SECTION_47)));

        assertThat(FigureCounts.of(history)).containsEntry(FigureKeys.breaches(day("2026-11-04"), ClockType.STRATEGY_MEETING), 1L);
    }

    @Test
    void an_alert_marks_only_the_review_conference_cycle_it_names() {
        CaseHistory continued = enquiryStarted().after(icpc(ENQUIRY_DAY, IcpcOutcome.CHILD_PROTECTION_PLAN), RULES)
                .after(review(ENQUIRY_DAY, ReviewOutcome.CONTINUE_PLAN), RULES);
        LocalDate secondDue = continued.strategyCase().clock(ClockType.REVIEW_CONFERENCE, 2).orElseThrow().dueOn();

        CaseHistory alerted = continued.withAlert(Alerts.of(ClockType.REVIEW_CONFERENCE, 2, AlertKind.AT_RISK, secondDue.toString()));

        assertThat(FigureCounts.of(alerted))
                .containsEntry(FigureKeys.openClocks(ClockType.REVIEW_CONFERENCE, Rag.AMBER, TEAM), 1L)
                .doesNotContainKey(FigureKeys.openClocks(ClockType.REVIEW_CONFERENCE, Rag.GREEN, TEAM))
                .containsEntry(FigureKeys.openClocks(ClockType.CORE_GROUP, Rag.GREEN, TEAM), 1L);
    }
}
