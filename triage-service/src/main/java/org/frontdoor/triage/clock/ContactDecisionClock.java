package org.frontdoor.triage.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.calendar.ClockRule;
import org.frontdoor.calendar.Deadline;
import org.frontdoor.calendar.LondonTime;
import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ChildTriaged;

/**
 * The CONTACT_DECISION clock (domain section 5): it starts when the contact is received, is due
 * one working day later, is at risk from the start of the due date and breaches at the start of
 * the next day, unless a manager has confirmed or overridden the decision by then. A contact
 * recorded late is no exception: a breach that happened is a breach, so its alerts may fall due
 * as soon as it is decided, and they say that it was a late entry.
 */
public final class ContactDecisionClock {

    public static final String DUE_ALERTS = "contact-decision-due-alerts";

    private ContactDecisionClock() {
    }

    public static LocalDate dueOn(Instant receivedAt, WorkingDayCalendar calendar) {
        return deadline(receivedAt, calendar).dueOn();
    }

    /**
     * @param lateEntry   the contact has a late-entry reason
     * @param traceparent the decision's trace, which its alerts will carry; null when it has none
     */
    public static List<DueAlert> alertsFor(ChildTriaged decision, boolean lateEntry, String traceparent,
                                           WorkingDayCalendar calendar) {
        Deadline deadline = deadline(decision.getReceivedAt(), calendar);
        return List.of(due(decision, lateEntry, traceparent, AlertKind.AT_RISK, deadline, deadline.atRiskAt()),
                due(decision, lateEntry, traceparent, AlertKind.BREACHED, deadline, deadline.breachesAt()));
    }

    private static Deadline deadline(Instant receivedAt, WorkingDayCalendar calendar) {
        return ClockRule.CONTACT_DECISION.deadlineFor(LondonTime.dateOf(receivedAt), calendar);
    }

    private static DueAlert due(ChildTriaged decision, boolean lateEntry, String traceparent, AlertKind kind,
                                Deadline deadline, Instant at) {
        return new DueAlert(decision.getDecisionId(), decision.getContactId(), decision.getChildRef(), kind,
                deadline.dueOn(), at, lateEntry, traceparent);
    }
}
