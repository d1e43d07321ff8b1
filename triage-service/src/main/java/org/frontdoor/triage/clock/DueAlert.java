package org.frontdoor.triage.clock;

import java.time.Instant;
import java.time.LocalDate;

import org.frontdoor.events.AlertKind;

/**
 * An alert the contact-decision clock will raise at a moment unless a manager decides first.
 *
 * @param lateEntry   the contact was recorded late (it has a late-entry reason): its clock still
 *                    counts from when it was received, so its alerts may be due at once
 * @param traceparent the trace of the contact decided, which the alert joins when it is raised;
 *                    null when the contact carried none (decision 0011)
 */
public record DueAlert(String decisionId, String contactId, String childRef, AlertKind kind, LocalDate dueOn,
                       Instant dueAt, boolean lateEntry, String traceparent) {

    /** Keys sort by the moment the alert falls due, so a range scan finds exactly the due ones. */
    public String indexKey() {
        return indexKeyAt(dueAt) + decisionId + ":" + kind;
    }

    static String indexKeyAt(Instant moment) {
        return String.format("%019d:", moment.toEpochMilli());
    }

    public String alertId() {
        return "CONTACT_DECISION:" + decisionId + ":" + kind;
    }
}
