package org.frontdoor.triage.child;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.ContactReceived;

/**
 * Recognises each child of a contact through the identity index, teaches the index what it did
 * not know, and sends each child on, keyed by its child reference, to its history's partition.
 */
public class NameEachChild implements Processor<String, ContactReceived, String, ChildSighting> {

    private final ChildIdentity identity;
    private ProcessorContext<String, ChildSighting> context;
    private KeyValueStore<String, String> index;

    public NameEachChild(ChildIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void init(ProcessorContext<String, ChildSighting> context) {
        this.context = context;
        this.index = context.getStateStore(ChildIdentityIndex.STORE);
    }

    @Override
    public void process(Record<String, ContactReceived> record) {
        ContactReceived contact = record.value();
        for (int child = 0; child < contact.getChildren().size(); child++) {
            ChildIdentity.Resolution resolution = identity.resolve(contact, child, index::get);
            resolution.learnt().forEach(entry -> index.put(entry.key(), entry.value()));
            context.forward(record.withKey(resolution.childRef())
                    .withValue(new ChildSighting(contact.getContactId(), child, contact.getReceivedAt())));
        }
    }
}
