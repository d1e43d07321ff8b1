package org.frontdoor.triage.child;

import java.util.function.Function;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.Route;

/**
 * Writes into a child's history the route a contact ended with: the triage decision, then any
 * manager's override of it. The re-referral rule reads these routes.
 */
public class RecordChildRoute<V> implements Processor<String, V, Void, Void> {

    private final Function<V, String> contactId;
    private final Function<V, Route> route;
    private KeyValueStore<String, ChildContacts> histories;

    public RecordChildRoute(Function<V, String> contactId, Function<V, Route> route) {
        this.contactId = contactId;
        this.route = route;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.histories = context.getStateStore(ChildHistoryStores.CHILD_CONTACTS);
    }

    @Override
    public void process(Record<String, V> record) {
        ChildContacts history = histories.get(record.key());
        if (history != null) {
            histories.put(record.key(), history.routed(contactId.apply(record.value()), route.apply(record.value())));
        }
    }
}
