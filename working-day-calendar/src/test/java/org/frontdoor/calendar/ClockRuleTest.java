package org.frontdoor.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClockRuleTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    /** One clock started on a date, and what its deadline must be. */
    record Expected(String startedOn, String dueOn, String atRiskOn, String breachesOn,
                    String atRiskAt, String breachesAt) {
    }

    static Stream<Arguments> deadlinesOfTheDefaultClocks() {
        return Stream.of(
                argumentSet("CONTACT_DECISION: contact on Christmas Eve 2026, decision due Tuesday 29th",
                        ClockRule.CONTACT_DECISION, new Expected("2026-12-24", "2026-12-29", "2026-12-29", "2026-12-30",
                                "2026-12-29T00:00:00Z", "2026-12-30T00:00:00Z")),
                argumentSet("CONTACT_DECISION: contact on a summer Friday, due Monday, times in BST",
                        ClockRule.CONTACT_DECISION, new Expected("2026-07-03", "2026-07-06", "2026-07-06", "2026-07-07",
                                "2026-07-05T23:00:00Z", "2026-07-06T23:00:00Z")),
                argumentSet("STRATEGY_MEETING: routed on a Wednesday, due Thursday",
                        ClockRule.STRATEGY_MEETING, new Expected("2026-03-04", "2026-03-05", "2026-03-05", "2026-03-06",
                                "2026-03-05T00:00:00Z", "2026-03-06T00:00:00Z")),
                argumentSet("STRATEGY_MEETING with immediate risk: due the same working day",
                        ClockRule.STRATEGY_MEETING_IMMEDIATE_RISK, new Expected("2026-07-01", "2026-07-01", "2026-07-01",
                                "2026-07-02", "2026-06-30T23:00:00Z", "2026-07-01T23:00:00Z")),
                argumentSet("STRATEGY_MEETING with immediate risk on Good Friday: due the next working day",
                        ClockRule.STRATEGY_MEETING_IMMEDIATE_RISK, new Expected("2026-04-03", "2026-04-07", "2026-04-07",
                                "2026-04-08", "2026-04-06T23:00:00Z", "2026-04-07T23:00:00Z")),
                argumentSet("ICPC: domain example, strategy meeting Tue 16 Dec 2025, due Fri 9 Jan 2026",
                        ClockRule.ICPC, new Expected("2025-12-16", "2026-01-09", "2026-01-06", "2026-01-10",
                                "2026-01-06T00:00:00Z", "2026-01-10T00:00:00Z")),
                argumentSet("ICPC: domain example, Fri 27 Mar 2026 due Tue 21 Apr 2026, in BST",
                        ClockRule.ICPC, new Expected("2026-03-27", "2026-04-21", "2026-04-16", "2026-04-22",
                                "2026-04-15T23:00:00Z", "2026-04-21T23:00:00Z")),
                argumentSet("CORE_GROUP: ten working days from an ICPC on Fri 9 Jan 2026",
                        ClockRule.CORE_GROUP, new Expected("2026-01-09", "2026-01-23", "2026-01-21", "2026-01-24",
                                "2026-01-21T00:00:00Z", "2026-01-24T00:00:00Z")),
                argumentSet("CORE_GROUP: over Christmas 2026, at risk from Christmas Eve",
                        ClockRule.CORE_GROUP, new Expected("2026-12-14", "2026-12-30", "2026-12-24", "2026-12-31",
                                "2026-12-24T00:00:00Z", "2026-12-31T00:00:00Z")),
                argumentSet("FIRST_REVIEW_CONFERENCE: three months, warned in GMT, breaching in BST",
                        ClockRule.FIRST_REVIEW_CONFERENCE, new Expected("2026-01-09", "2026-04-09", "2026-03-24",
                                "2026-04-10", "2026-03-24T00:00:00Z", "2026-04-09T23:00:00Z")),
                argumentSet("FIRST_REVIEW_CONFERENCE: due on Christmas Day, which stays the due date",
                        ClockRule.FIRST_REVIEW_CONFERENCE, new Expected("2026-09-25", "2026-12-25", "2026-12-11",
                                "2026-12-26", "2026-12-11T00:00:00Z", "2026-12-26T00:00:00Z")),
                argumentSet("LATER_REVIEW_CONFERENCE: six months after a review on Thu 9 Apr 2026",
                        ClockRule.LATER_REVIEW_CONFERENCE, new Expected("2026-04-09", "2026-10-09", "2026-09-25",
                                "2026-10-10", "2026-09-24T23:00:00Z", "2026-10-09T23:00:00Z")));
    }

    @ParameterizedTest
    @MethodSource("deadlinesOfTheDefaultClocks")
    void theDefaultClocksGiveTheDueAtRiskAndBreachDates(ClockRule rule, Expected expected) {
        Deadline deadline = rule.deadlineFor(parse(expected.startedOn()), calendar);

        assertThat(deadline.startedOn()).isEqualTo(expected.startedOn());
        assertThat(deadline.dueOn()).isEqualTo(expected.dueOn());
        assertThat(deadline.atRiskOn()).isEqualTo(expected.atRiskOn());
        assertThat(deadline.breachesOn()).isEqualTo(expected.breachesOn());
        assertThat(deadline.atRiskAt()).isEqualTo(expected.atRiskAt());
        assertThat(deadline.breachesAt()).isEqualTo(expected.breachesAt());
    }

    @Test
    void theDefaultsAreTheDomainTimescales() {
        assertThat(ClockRule.CONTACT_DECISION).isEqualTo(new ClockRule(Timescale.workingDays(1), 0));
        assertThat(ClockRule.STRATEGY_MEETING).isEqualTo(new ClockRule(Timescale.workingDays(1), 0));
        assertThat(ClockRule.STRATEGY_MEETING_IMMEDIATE_RISK).isEqualTo(new ClockRule(Timescale.workingDays(0), 0));
        assertThat(ClockRule.ICPC).isEqualTo(new ClockRule(Timescale.workingDays(15), 3));
        assertThat(ClockRule.CORE_GROUP).isEqualTo(new ClockRule(Timescale.workingDays(10), 2));
        assertThat(ClockRule.FIRST_REVIEW_CONFERENCE).isEqualTo(new ClockRule(Timescale.calendarMonths(3), 10));
        assertThat(ClockRule.LATER_REVIEW_CONFERENCE).isEqualTo(new ClockRule(Timescale.calendarMonths(6), 10));
    }

    @Test
    void aContactJustAfterMidnightInSummerCountsFromItsLondonDate() {
        // 23:30 UTC on Thursday 2 July 2026 is 00:30 BST on Friday 3 July.
        Instant receivedAt = Instant.parse("2026-07-02T23:30:00Z");

        Deadline deadline = ClockRule.CONTACT_DECISION.deadlineFor(LondonTime.dateOf(receivedAt), calendar);

        assertThat(deadline.startedOn()).isEqualTo("2026-07-03");
        assertThat(deadline.dueOn()).isEqualTo("2026-07-06");
    }

    @Test
    void aLocalAuthorityCanSetItsOwnNumbers() {
        ClockRule twentyDayIcpc = new ClockRule(Timescale.workingDays(20), 5);

        Deadline deadline = twentyDayIcpc.deadlineFor(parse("2025-12-16"), calendar);

        assertThat(deadline.dueOn()).isEqualTo("2026-01-16");
        assertThat(deadline.atRiskOn()).isEqualTo("2026-01-09");
    }

    @Test
    void aWarningThatWouldComeBeforeTheClockStartsComesOnTheStartDate() {
        ClockRule shortWithEarlyWarning = new ClockRule(Timescale.workingDays(1), 3);

        Deadline deadline = shortWithEarlyWarning.deadlineFor(parse("2026-07-06"), calendar);

        assertThat(deadline.dueOn()).isEqualTo("2026-07-07");
        assertThat(deadline.atRiskOn()).isEqualTo("2026-07-06");
    }

    @Test
    void aWarningAfterTheDueDateIsRefused() {
        assertThatThrownBy(() -> new ClockRule(Timescale.workingDays(15), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleNeedsATimescale() {
        assertThatThrownBy(() -> new ClockRule(null, 0)).isInstanceOf(NullPointerException.class);
    }
}
