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

/**
 * The two ways a contact moves towards its decision: the contact itself arrives, or one of its
 * children's histories does. Whichever completes the set emits one decision per child, keyed by
 * the child's reference.
 */
abstract sealed class TriageStep<V> implements Processor<String, V, String, ChildTriaged> {

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
        for (ChildTriaged decision : arrive(triage, record.key(), record.value())) {
            context.forward(record.withKey(decision.getChildRef()).withValue(decision));
        }
    }

    abstract List<ChildTriaged> arrive(ContactTriage triage, String contactId, V value);

    static final class ContactArrives extends TriageStep<ContactReceived> {

        ContactArrives(ThresholdRules rules, WorkingDayCalendar calendar, Clock clock) {
            super(rules, calendar, clock);
        }

        @Override
        List<ChildTriaged> arrive(ContactTriage triage, String contactId, ContactReceived contact) {
            return triage.contactArrived(contact);
        }
    }

    static final class HistoryArrives extends TriageStep<ChildSnapshot> {

        HistoryArrives(ThresholdRules rules, WorkingDayCalendar calendar, Clock clock) {
            super(rules, calendar, clock);
        }

        @Override
        List<ChildTriaged> arrive(ContactTriage triage, String contactId, ChildSnapshot snapshot) {
            return triage.historyArrived(contactId, snapshot);
        }
    }
}
