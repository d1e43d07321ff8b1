package org.frontdoor.triage.decision;

import java.time.Clock;
import java.util.List;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.triage.child.ChildSnapshot;
import org.frontdoor.triage.rules.ThresholdRules;
import org.frontdoor.tracing.TraceParent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two ways a contact moves towards its decision: the contact itself arrives, or one of its
 * children's histories does. Whichever completes the set emits one decision per child, keyed by
 * the child's reference. Either record carries the contact's trace, and the decisions forwarded
 * from it keep its headers, so every decision joins the contact's trace (decision 0011).
 */
abstract sealed class TriageStep<V> implements Processor<String, V, String, ChildTriaged> {

    private static final Logger log = LoggerFactory.getLogger(TriageStep.class);

    private final ThresholdRules rules;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private ProcessorContext<String, ChildTriaged> context;
    private ContactTriage triage;

    TriageStep(ThresholdRules rules, WorkingDayCalendar calendar, Clock clock) {
        this.rules = rules;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, ChildTriaged> context) {
        this.context = context;
        this.triage = new ContactTriage(rules, calendar, clock, context);
    }

    @Override
    public void process(Record<String, V> record) {
        List<ChildTriaged> decisions = arrive(triage, record.key(), record.value(), TraceParent.of(record.headers()));
        for (ChildTriaged decision : decisions) {
            context.forward(record.withKey(decision.getChildRef()).withValue(decision));
        }
        if (!decisions.isEmpty()) {
            log.info("Contact {} triaged; decisions published: {}", record.key(), decisions.size());
        }
    }

    abstract List<ChildTriaged> arrive(ContactTriage triage, String contactId, V value, String traceparent);

    static final class ContactArrives extends TriageStep<ContactReceived> {

        ContactArrives(ThresholdRules rules, WorkingDayCalendar calendar, Clock clock) {
            super(rules, calendar, clock);
        }

        @Override
        List<ChildTriaged> arrive(ContactTriage triage, String contactId, ContactReceived contact, String traceparent) {
            return triage.contactArrived(contact, traceparent);
        }
    }

    static final class HistoryArrives extends TriageStep<ChildSnapshot> {

        HistoryArrives(ThresholdRules rules, WorkingDayCalendar calendar, Clock clock) {
            super(rules, calendar, clock);
        }

        @Override
        List<ChildTriaged> arrive(ContactTriage triage, String contactId, ChildSnapshot snapshot, String traceparent) {
            return triage.historyArrived(contactId, snapshot, traceparent);
        }
    }
}
