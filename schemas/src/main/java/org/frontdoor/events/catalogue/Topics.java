package org.frontdoor.events.catalogue;

import java.util.List;

import org.frontdoor.events.AccessAudited;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ContactSubmission;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.TimescaleAlert;

/** Every topic the services exchange events on. Services name topics only through this catalogue. */
public final class Topics {

    public static final String CONTACT_INTAKE = "contact-intake-service";
    public static final String TRIAGE = "triage-service";
    public static final String STRATEGY_MEETING = "strategy-meeting-service";
    public static final String NOTIFICATION = "notification-service";

    public static final Topic<ContactReceived> CONTACTS_RECEIVED = new Topic<>(
            "frontdoor.contacts.received", "contactId", ContactReceived.class, CONTACT_INTAKE, false);

    public static final Topic<ContactSubmission> CONTACT_SUBMISSIONS = new Topic<>(
            "frontdoor.contacts.submissions", "idempotencyKey", ContactSubmission.class, CONTACT_INTAKE, true);

    public static final Topic<ChildTriaged> CHILD_DECISIONS = new Topic<>(
            "frontdoor.triage.decisions", "childRef", ChildTriaged.class, TRIAGE, false);

    public static final Topic<ManagementDecisionRecorded> MANAGEMENT_DECISIONS = new Topic<>(
            "frontdoor.triage.management-decisions", "childRef", ManagementDecisionRecorded.class, TRIAGE, false);

    public static final Topic<TimescaleAlert> CONTACT_DECISION_ALERTS = new Topic<>(
            "frontdoor.triage.alerts", "alertId", TimescaleAlert.class, TRIAGE, false);

    public static final Topic<StrategyCaseEvent> STRATEGY_CASE_EVENTS = new Topic<>(
            "frontdoor.strategy-cases.events", "caseId", StrategyCaseEvent.class, STRATEGY_MEETING, false);

    public static final Topic<TimescaleAlert> STRATEGY_CASE_ALERTS = new Topic<>(
            "frontdoor.strategy-cases.alerts", "alertId", TimescaleAlert.class, STRATEGY_MEETING, false);

    public static final List<Topic<?>> ALL = List.of(CONTACTS_RECEIVED, CONTACT_SUBMISSIONS, CHILD_DECISIONS,
            MANAGEMENT_DECISIONS, CONTACT_DECISION_ALERTS, STRATEGY_CASE_EVENTS, STRATEGY_CASE_ALERTS);

    /**
     * The audit trail of one service: every read and write of its API, and every refusal. Each
     * service keeps its own so that every topic still has one writer.
     */
    public static Topic<AccessAudited> auditTrailOf(String service) {
        return new Topic<>("frontdoor.audit." + service, "subject", AccessAudited.class, service, false);
    }

    private Topics() {
    }

    /** The topics one service writes: it creates them at start-up if they do not exist. */
    public static List<Topic<?>> writtenBy(String service) {
        return ALL.stream().filter(topic -> topic.writer().equals(service)).toList();
    }
}
