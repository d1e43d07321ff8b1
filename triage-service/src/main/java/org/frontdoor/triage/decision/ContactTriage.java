package org.frontdoor.triage.decision;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.calendar.LondonTime;
import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.DecisionReason;
import org.frontdoor.triage.child.ChildSnapshot;
import org.frontdoor.triage.clock.ContactDecisionClock;
import org.frontdoor.triage.clock.DueAlert;
import org.frontdoor.triage.rules.ChildDecision;
import org.frontdoor.triage.rules.ChildHistory;
import org.frontdoor.triage.rules.PriorContact;
import org.frontdoor.triage.rules.ThresholdRules;

/**
 * Decides a contact once it and the history of every child in it are at hand. The children are
 * decided together because one child's route can change a sibling's (domain 4.2, rule 5).
 */
final class ContactTriage {

    private final ThresholdRules rules;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final KeyValueStore<String, ContactReceived> awaiting;
    private final KeyValueStore<String, CollectedSnapshots> snapshots;
    private final KeyValueStore<String, ContactDecisions> decided;
    private final KeyValueStore<String, String> decisionContacts;
    private final KeyValueStore<String, DueAlert> dueAlerts;

    ContactTriage(ThresholdRules rules, WorkingDayCalendar calendar, Clock clock, ProcessorContext<?, ?> context) {
        this.rules = rules;
        this.calendar = calendar;
        this.clock = clock;
        this.awaiting = context.getStateStore(DecisionStores.CONTACTS_AWAITING_HISTORY);
        this.snapshots = context.getStateStore(DecisionStores.SNAPSHOTS_AWAITING_CONTACT);
        this.decided = context.getStateStore(DecisionStores.CONTACT_DECISIONS);
        this.decisionContacts = context.getStateStore(DecisionStores.DECISION_CONTACTS);
        this.dueAlerts = context.getStateStore(ContactDecisionClock.DUE_ALERTS);
    }

    /** @param traceparent the contact's trace (null when it has none), kept for the alerts raised later */
    List<ChildTriaged> contactArrived(ContactReceived contact, String traceparent) {
        if (decided.get(contact.getContactId()) != null) {
            return List.of();
        }
        awaiting.put(contact.getContactId(), contact);
        return decideIfComplete(contact.getContactId(), traceparent);
    }

    /**
     * @param traceparent the contact's trace too: a child's history travels with the headers of the
     *                    contact record it was sent for
     */
    List<ChildTriaged> historyArrived(String contactId, ChildSnapshot snapshot, String traceparent) {
        if (decided.get(contactId) != null) {
            return List.of();
        }
        CollectedSnapshots collected = snapshots.get(contactId);
        snapshots.put(contactId, (collected == null ? CollectedSnapshots.NONE : collected).with(snapshot));
        return decideIfComplete(contactId, traceparent);
    }

    private List<ChildTriaged> decideIfComplete(String contactId, String traceparent) {
        ContactReceived contact = awaiting.get(contactId);
        CollectedSnapshots collected = snapshots.get(contactId);
        if (contact == null || collected == null || !collected.coversAll(contact.getChildren().size())) {
            return List.of();
        }
        Map<Integer, ChildHistory> histories = collected.byChildIndex().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> historyOf(entry.getValue())));
        Instant decidedAt = clock.instant();
        List<ChildTriaged> events = new ArrayList<>();
        for (ChildDecision decision : rules.decide(contact, histories)) {
            events.add(event(contact, collected.byChildIndex().get(decision.childIndex()), decision, decidedAt));
        }
        decided.put(contactId, new ContactDecisions(events.stream().map(DecisionView::of).toList()));
        for (ChildTriaged event : events) {
            decisionContacts.put(event.getDecisionId(), contactId);
            ContactDecisionClock.alertsFor(event, contact.getLateEntryReason() != null, traceparent, calendar)
                    .forEach(alert -> dueAlerts.put(alert.indexKey(), alert));
        }
        awaiting.delete(contactId);
        snapshots.delete(contactId);
        return events;
    }

    private ChildTriaged event(ContactReceived contact, ChildSnapshot child, ChildDecision decision, Instant decidedAt) {
        return ChildTriaged.newBuilder()
                .setDecisionId(decisionId(contact.getContactId(), decision.childIndex()))
                .setContactId(contact.getContactId())
                .setChildIndex(decision.childIndex())
                .setChildRef(child.childRef())
                .setReceivedAt(contact.getReceivedAt())
                .setReferralSource(contact.getReferralSource())
                .setLevel(decision.level().number())
                .setRoute(decision.route())
                .setRag(decision.rag())
                .setReasons(decision.reasons().stream()
                        .map(reason -> new DecisionReason(reason.ruleId(), reason.text())).toList())
                .setRulesetVersion(decision.rulesetVersion())
                .setImmediateRisk(contact.getImmediateRisk())
                .setReReferral(decision.reReferral())
                .setConsentOverridden(decision.consentOverridden())
                .setTeam(decision.team())
                .setDecidedAt(decidedAt)
                .setDecisionDueOn(ContactDecisionClock.dueOn(contact.getReceivedAt(), calendar))
                .build();
    }

    private static ChildHistory historyOf(ChildSnapshot snapshot) {
        return new ChildHistory(snapshot.earlierContacts().stream()
                .map(earlier -> new PriorContact(LondonTime.dateOf(earlier.receivedAt()), earlier.route()))
                .toList());
    }

    /** The same child of the same contact always gets the same decision id, however often it is replayed. */
    static String decisionId(String contactId, int childIndex) {
        return UUID.nameUUIDFromBytes(("decision:" + contactId + ":" + childIndex).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
