package org.frontdoor.triage.child;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Adds a contact to the child's history and sends back what was known before it. Recording the
 * contact here, in the child's own partition and before the decision is made, means a second
 * contact arriving moments later already counts the first one.
 */
public class RecordChildContact implements Processor<String, ChildSighting, String, ChildSnapshot> {

    private final int retentionDays;
    private ProcessorContext<String, ChildSnapshot> context;
    private KeyValueStore<String, ChildContacts> histories;

    public RecordChildContact(int retentionDays) {
        this.retentionDays = retentionDays;
    }

    @Override
    public void init(ProcessorContext<String, ChildSnapshot> context) {
        this.context = context;
        this.histories = context.getStateStore(ChildHistoryStores.CHILD_CONTACTS);
    }

    @Override
    public void process(Record<String, ChildSighting> record) {
        String childRef = record.key();
        ChildSighting sighting = record.value();
        ChildContacts known = histories.get(childRef);
        ChildContacts history = known == null ? ChildContacts.NONE : known;
        histories.put(childRef, history.with(sighting.contactId(), sighting.receivedAt(),
                ChildContacts.retentionStart(sighting.receivedAt(), retentionDays)));
        ChildSnapshot snapshot = new ChildSnapshot(sighting.childIndex(), childRef,
                history.before(sighting.contactId(), sighting.receivedAt()));
        context.forward(record.withKey(sighting.contactId()).withValue(snapshot));
    }
}
