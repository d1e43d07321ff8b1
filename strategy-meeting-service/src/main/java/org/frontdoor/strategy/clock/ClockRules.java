package org.frontdoor.strategy.clock;

import java.time.LocalDate;
import java.util.Objects;

import org.frontdoor.calendar.ClockRule;
import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.events.ClockType;

/**
 * The timescales of the section 47 clocks (domain section 5) and the calendar they are counted
 * in. The defaults are the product's; a local authority may configure its own.
 */
public record ClockRules(ClockRule strategyMeeting, ClockRule strategyMeetingImmediateRisk, ClockRule icpc,
                         ClockRule coreGroup, ClockRule firstReviewConference, ClockRule laterReviewConference,
                         WorkingDayCalendar calendar) {

    public ClockRules {
        Objects.requireNonNull(strategyMeeting, "strategyMeeting");
        Objects.requireNonNull(strategyMeetingImmediateRisk, "strategyMeetingImmediateRisk");
        Objects.requireNonNull(icpc, "icpc");
        Objects.requireNonNull(coreGroup, "coreGroup");
        Objects.requireNonNull(firstReviewConference, "firstReviewConference");
        Objects.requireNonNull(laterReviewConference, "laterReviewConference");
        Objects.requireNonNull(calendar, "calendar");
    }

    public static ClockRules defaults() {
        return new ClockRules(ClockRule.STRATEGY_MEETING, ClockRule.STRATEGY_MEETING_IMMEDIATE_RISK, ClockRule.ICPC,
                ClockRule.CORE_GROUP, ClockRule.FIRST_REVIEW_CONFERENCE, ClockRule.LATER_REVIEW_CONFERENCE,
                WorkingDayCalendar.englandAndWales());
    }

    /** Day 0 is the local date the triage decision routed the child to a strategy meeting. */
    public CaseClock startStrategyMeeting(LocalDate day0, boolean immediateRisk) {
        ClockRule rule = immediateRisk ? strategyMeetingImmediateRisk : strategyMeeting;
        return CaseClock.started(ClockType.STRATEGY_MEETING, 1, rule.deadlineFor(day0, calendar));
    }

    /** Day 0 is the date of the strategy meeting that started the section 47 enquiry. */
    public CaseClock startIcpc(LocalDate enquiryStartedOn) {
        return CaseClock.started(ClockType.ICPC, 1, icpc.deadlineFor(enquiryStartedOn, calendar));
    }

    /** Day 0 is the date of the ICPC that made the plan. */
    public CaseClock startCoreGroup(LocalDate planStartedOn) {
        return CaseClock.started(ClockType.CORE_GROUP, 1, coreGroup.deadlineFor(planStartedOn, calendar));
    }

    /** Cycle 1 runs from the ICPC that made the plan; each later cycle from the review that continued it. */
    public CaseClock startReviewConference(LocalDate day0, int cycle) {
        ClockRule rule = cycle == 1 ? firstReviewConference : laterReviewConference;
        return CaseClock.started(ClockType.REVIEW_CONFERENCE, cycle, rule.deadlineFor(day0, calendar));
    }
}
