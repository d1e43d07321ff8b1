package org.frontdoor.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The timescale of a statutory clock and when it warns: the clock is at risk from the start of
 * the {@code atRiskWorkingDaysBeforeDue}-th working day before its due date (0: the start of the
 * due date itself).
 *
 * <p>The constants are the product's defaults (domain section 5). A local authority may set
 * its own numbers: build a rule with the record's constructor from configuration.
 */
public record ClockRule(Timescale timescale, int atRiskWorkingDaysBeforeDue) {

    /** Contact received to manager decision: 1 working day, at risk from the start of the due date. */
    public static final ClockRule CONTACT_DECISION = new ClockRule(Timescale.workingDays(1), 0);

    /** Routed to a strategy meeting to the meeting being held: 1 working day, at risk from the start of the due date. */
    public static final ClockRule STRATEGY_MEETING = new ClockRule(Timescale.workingDays(1), 0);

    /**
     * The strategy meeting clock when the contact flagged immediate risk: 0 working days, so due
     * the day it starts, or the next working day when it starts on a weekend or bank holiday.
     */
    public static final ClockRule STRATEGY_MEETING_IMMEDIATE_RISK = new ClockRule(Timescale.workingDays(0), 0);

    /** Strategy meeting that started the section 47 enquiry to ICPC: 15 working days, at risk 3 working days before. */
    public static final ClockRule ICPC = new ClockRule(Timescale.workingDays(15), 3);

    /** ICPC that made a plan to the first core group: 10 working days, at risk 2 working days before. */
    public static final ClockRule CORE_GROUP = new ClockRule(Timescale.workingDays(10), 2);

    /** ICPC that made a plan to the first review conference: 3 calendar months, at risk 10 working days before. */
    public static final ClockRule FIRST_REVIEW_CONFERENCE = new ClockRule(Timescale.calendarMonths(3), 10);

    /** A review that continued the plan to the next review conference: 6 calendar months, at risk 10 working days before. */
    public static final ClockRule LATER_REVIEW_CONFERENCE = new ClockRule(Timescale.calendarMonths(6), 10);

    public ClockRule {
        Objects.requireNonNull(timescale, "timescale");
        if (atRiskWorkingDaysBeforeDue < 0) {
            throw new IllegalArgumentException(
                    "An at-risk warning cannot come after the due date: " + atRiskWorkingDaysBeforeDue);
        }
    }

    /**
     * The deadline of a clock started on {@code startedOn} (day 0). A warning that would fall
     * before the clock started, as a short timescale with an early warning can make it, is moved
     * to the start date: such a clock is at risk from the moment it starts.
     */
    public Deadline deadlineFor(LocalDate startedOn, WorkingDayCalendar calendar) {
        LocalDate dueOn = timescale.dueOn(startedOn, calendar);
        LocalDate warnOn = calendar.workingDaysBefore(dueOn, atRiskWorkingDaysBeforeDue);
        return new Deadline(startedOn, dueOn, warnOn.isBefore(startedOn) ? startedOn : warnOn);
    }
}
