package org.frontdoor.triage.child;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.ContactReceived;

/**
 * Recognises each child of a contact through the identity index, sends the child on to its
 * history's partition, and teaches the index the identifiers it did not know.
 */
public class NameEachChild implements Processor<String, ContactReceived, String, ChildNaming> {

    private final ChildIdentity identity;
    private ProcessorContext<String, ChildNaming> context;
    private KeyValueStore<String, String> index;

    public NameEachChild(ChildIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void init(ProcessorContext<String, ChildNaming> context) {
        this.context = context;
        this.index = context.getStateStore(ChildIdentityIndex.STORE);
    }

    @Override
    public void process(Record<String, ContactReceived> record) {
        ContactReceived contact = record.value();
        for (int child = 0; child < contact.getChildren().size(); child++) {
            ChildIdentity.Resolution resolution = identity.resolve(contact, child, index::get);
            context.forward(record.withKey(resolution.childRef()).withValue(
                    new ChildNaming.Sighting(new ChildSighting(contact.getContactId(), child, contact.getReceivedAt()))));
            for (String identifier : resolution.newIdentifiers()) {
                context.forward(record.withKey(identifier).withValue(new ChildNaming.Identity(resolution.childRef())));
            }
        }
    }
}
