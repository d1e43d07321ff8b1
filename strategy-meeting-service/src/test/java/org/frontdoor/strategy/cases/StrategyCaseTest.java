package org.frontdoor.strategy.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.frontdoor.strategy.cases.CaseFacts.asCommand;
import static org.frontdoor.strategy.cases.CaseFacts.closed;
import static org.frontdoor.strategy.cases.CaseFacts.coreGroup;
import static org.frontdoor.strategy.cases.CaseFacts.icpc;
import static org.frontdoor.strategy.cases.CaseFacts.icpcNotRequired;
import static org.frontdoor.strategy.cases.CaseFacts.meeting;
import static org.frontdoor.strategy.cases.CaseFacts.opened;
import static org.frontdoor.strategy.cases.CaseFacts.review;

import java.time.Instant;
import java.time.LocalDate;

import org.frontdoor.events.CaseClosure;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.IcpcOutcome;
import org.frontdoor.events.ReviewOutcome;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.StrategyMeetingOutcome;
import org.frontdoor.strategy.clock.CaseClock;
import org.frontdoor.strategy.clock.ClockRules;
import org.frontdoor.strategy.clock.ClockStatus;
import org.junit.jupiter.api.Test;

class StrategyCaseTest {

    private final ClockRules rules = ClockRules.defaults();

    private StrategyCase open() {
        return StrategyCase.opened(opened("2025-12-15", false), rules);
    }

    private StrategyCase inEnquiry() {
        return open().after(meeting("2025-12-16", StrategyMeetingOutcome.SECTION_47), rules);
    }

    private StrategyCase withPlan() {
        return inEnquiry().after(icpc("2026-01-09", IcpcOutcome.CHILD_PROTECTION_PLAN), rules);
    }

    private static CaseClock clock(StrategyCase strategyCase, ClockType type, int cycle) {
        return strategyCase.clock(type, cycle).orElseThrow();
    }

    private void assertConflict(StrategyCase strategyCase, StrategyCaseEvent event) {
        assertThatThrownBy(() -> strategyCase.after(event, rules))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.kind()).isEqualTo(CaseRuleViolation.Kind.CONFLICT));
    }

    private void assertImpossibleDate(StrategyCase strategyCase, StrategyCaseEvent event) {
        assertThatThrownBy(() -> strategyCase.after(event, rules))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.kind()).isEqualTo(CaseRuleViolation.Kind.IMPOSSIBLE_DATE));
    }

    @Test
    void an_opened_case_runs_its_strategy_meeting_clock() {
        StrategyCase strategyCase = open();

        assertThat(strategyCase.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(strategyCase.clocks()).singleElement().satisfies(clock -> {
            assertThat(clock.clock()).isEqualTo(ClockType.STRATEGY_MEETING);
            assertThat(clock.dueOn()).isEqualTo(LocalDate.parse("2025-12-16"));
        });
    }

    @Test
    void a_section_47_meeting_meets_the_strategy_meeting_clock_and_starts_the_icpc_clock_from_its_date() {
        StrategyCase strategyCase = inEnquiry();

        assertThat(clock(strategyCase, ClockType.STRATEGY_MEETING, 1).status()).isEqualTo(ClockStatus.MET);
        assertThat(clock(strategyCase, ClockType.ICPC, 1).dueOn()).isEqualTo(LocalDate.parse("2026-01-09"));
        assertThat(strategyCase.stage()).isEqualTo(CaseStage.SECTION_47_ENQUIRY);
    }

    @Test
    void a_further_strategy_meeting_is_recorded_but_does_not_move_the_icpc_clock() {
        StrategyCase strategyCase = inEnquiry().after(meeting("2025-12-22", StrategyMeetingOutcome.SECTION_47), rules);

        assertThat(strategyCase.strategyMeetings()).isEqualTo(2);
        assertThat(strategyCase.clocks()).filteredOn(c -> c.clock() == ClockType.ICPC).singleElement()
                .satisfies(icpc -> assertThat(icpc.startedOn()).isEqualTo(LocalDate.parse("2025-12-16")));
    }

    @Test
    void a_meeting_held_after_the_due_date_meets_the_strategy_meeting_clock_late() {
        StrategyCase strategyCase = open().after(meeting("2025-12-17", StrategyMeetingOutcome.SECTION_47), rules);

        assertThat(clock(strategyCase, ClockType.STRATEGY_MEETING, 1).status()).isEqualTo(ClockStatus.MET_LATE);
    }

    @Test
    void an_icpc_before_any_section_47_enquiry_is_a_conflict() {
        assertConflict(open(), icpc("2025-12-20", IcpcOutcome.NO_PLAN));
        assertConflict(open().after(meeting("2025-12-16", StrategyMeetingOutcome.CHILD_IN_NEED), rules),
                icpc("2025-12-20", IcpcOutcome.NO_PLAN));
    }

    @Test
    void a_second_icpc_is_a_conflict() {
        assertConflict(withPlan(), icpc("2026-01-12", IcpcOutcome.CHILD_PROTECTION_PLAN));
    }

    @Test
    void icpc_not_required_meets_the_icpc_clock_on_the_date_it_was_recorded() {
        StrategyCase strategyCase = inEnquiry().after(icpcNotRequired("2025-12-18T10:00:00Z"), rules);

        assertThat(clock(strategyCase, ClockType.ICPC, 1).status()).isEqualTo(ClockStatus.MET);
        assertThat(clock(strategyCase, ClockType.ICPC, 1).metOn()).isEqualTo(LocalDate.parse("2025-12-18"));
        assertConflict(strategyCase, icpc("2025-12-19", IcpcOutcome.NO_PLAN));
    }

    @Test
    void an_icpc_that_makes_a_plan_starts_the_core_group_and_first_review_clocks() {
        StrategyCase strategyCase = withPlan();

        assertThat(clock(strategyCase, ClockType.ICPC, 1).status()).isEqualTo(ClockStatus.MET);
        assertThat(clock(strategyCase, ClockType.CORE_GROUP, 1).dueOn()).isEqualTo(LocalDate.parse("2026-01-23"));
        assertThat(clock(strategyCase, ClockType.REVIEW_CONFERENCE, 1).dueOn()).isEqualTo(LocalDate.parse("2026-04-09"));
    }

    @Test
    void a_core_group_without_a_plan_is_a_conflict() {
        assertConflict(inEnquiry(), coreGroup("2025-12-20"));
    }

    @Test
    void the_first_core_group_meets_its_clock_and_later_ones_are_only_counted() {
        StrategyCase strategyCase = withPlan().after(coreGroup("2026-01-20"), rules).after(coreGroup("2026-02-20"), rules);

        assertThat(clock(strategyCase, ClockType.CORE_GROUP, 1).metOn()).isEqualTo(LocalDate.parse("2026-01-20"));
        assertThat(strategyCase.coreGroups()).isEqualTo(2);
    }

    @Test
    void a_review_that_continues_the_plan_starts_the_next_six_month_review_clock() {
        StrategyCase strategyCase = withPlan().after(review("2026-04-09", ReviewOutcome.CONTINUE_PLAN), rules);

        assertThat(clock(strategyCase, ClockType.REVIEW_CONFERENCE, 1).status()).isEqualTo(ClockStatus.MET);
        assertThat(clock(strategyCase, ClockType.REVIEW_CONFERENCE, 2).dueOn()).isEqualTo(LocalDate.parse("2026-10-09"));
    }

    @Test
    void ending_the_plan_and_closing_the_case_stops_the_clocks_still_running() {
        StrategyCase strategyCase = withPlan()
                .after(review("2026-04-01", ReviewOutcome.END_PLAN), rules)
                .after(closed(CaseClosure.PLAN_ENDED), rules);

        assertThat(strategyCase.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(strategyCase.closure()).isEqualTo(CaseClosure.PLAN_ENDED);
        assertThat(clock(strategyCase, ClockType.CORE_GROUP, 1).status()).isEqualTo(ClockStatus.STOPPED);
        assertThat(clock(strategyCase, ClockType.REVIEW_CONFERENCE, 1).status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void anything_on_a_closed_case_is_a_conflict() {
        StrategyCase closedCase = open().after(closed(CaseClosure.STRATEGY_MEETING_NOT_REQUIRED), rules);

        assertThat(clock(closedCase, ClockType.STRATEGY_MEETING, 1).status()).isEqualTo(ClockStatus.STOPPED);
        assertConflict(closedCase, meeting("2025-12-16", StrategyMeetingOutcome.SECTION_47));
        assertConflict(closedCase, closed(CaseClosure.NO_FURTHER_ACTION));
    }

    @Test
    void dates_before_the_case_opened_or_before_the_step_they_follow_are_impossible() {
        assertImpossibleDate(open(), meeting("2025-12-14", StrategyMeetingOutcome.SECTION_47));
        assertImpossibleDate(inEnquiry(), icpc("2025-12-15", IcpcOutcome.NO_PLAN));
        assertImpossibleDate(withPlan(), coreGroup("2026-01-08"));
    }

    @Test
    void an_event_applied_twice_changes_the_case_once() {
        StrategyCaseEvent meeting = meeting("2025-12-16", StrategyMeetingOutcome.SECTION_47);
        StrategyCase once = open().after(meeting, rules);

        assertThat(once.after(meeting, rules)).isEqualTo(once);
    }

    @Test
    void a_command_sent_again_under_its_key_changes_the_case_once_and_a_different_request_under_it_is_refused() {
        StrategyCase recorded = open().after(asCommand(meeting("2025-12-16", StrategyMeetingOutcome.SECTION_47),
                new CommandEventId("command-1", "request-a", 0), "practitioner-1"), rules);

        assertThat(recorded.after(asCommand(meeting("2025-12-16", StrategyMeetingOutcome.SECTION_47),
                new CommandEventId("command-1", "request-a", 0), "practitioner-1"), rules)).isEqualTo(recorded);
        assertThatThrownBy(() -> recorded.after(asCommand(meeting("2025-12-16", StrategyMeetingOutcome.CHILD_IN_NEED),
                new CommandEventId("command-1", "request-b", 0), "practitioner-1"), rules))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.kind()).isEqualTo(CaseRuleViolation.Kind.KEY_REUSED));
        assertThat(recorded.requestOf("command-1")).contains("request-a");
    }

    @Test
    void a_later_event_of_a_command_whose_first_event_was_not_applied_is_a_conflict() {
        // An ICPC that lost a race to another was refused; the closure published with it must not close the plan.
        assertConflict(withPlan(), asCommand(closed(CaseClosure.NO_PLAN), new CommandEventId("command-2", "request-a", 1), "practitioner-1"));
    }

    @Test
    void the_history_lists_every_applied_fact_in_order_with_when_and_by_whom_it_was_recorded() {
        StrategyCaseEvent meeting = asCommand(meeting("2025-12-16", StrategyMeetingOutcome.NO_FURTHER_ACTION),
                new CommandEventId("command-1", "request-a", 0), "practitioner-1");
        StrategyCaseEvent closure = asCommand(closed(CaseClosure.NO_FURTHER_ACTION),
                new CommandEventId("command-1", "request-a", 1), "practitioner-1");

        StrategyCase closedCase = open().after(meeting, rules).after(closure, rules);

        assertThat(closedCase.history())
                .extracting(CaseStep::kind, CaseStep::heldOn, CaseStep::recordedAt, CaseStep::recordedBy)
                .containsExactly(
                        tuple(CaseStep.Kind.CASE_OPENED, null, Instant.parse("2026-01-01T12:00:00Z"), null),
                        tuple(CaseStep.Kind.STRATEGY_MEETING, LocalDate.parse("2025-12-16"), meeting.getOccurredAt(), "practitioner-1"),
                        tuple(CaseStep.Kind.CASE_CLOSED, null, closure.getOccurredAt(), "practitioner-1"));
        assertThat(closedCase.refusing("refused-event").history()).isEqualTo(closedCase.history());
    }
}
