package org.frontdoor.strategy.figures;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.StrategyCaseEvent;

/**
 * Case events read before the event that opened their case. The topic can hold them in that order:
 * a practitioner's command is checked against the case keeper's store, which shows a case as soon
 * as the keeper opens it, while the opening event is committed with the keeper's next transaction,
 * and the command's event is published by another producer. The case keeper applied the command
 * to an open case, so the figures keep such an event until the opening arrives and apply it then,
 * in the order it was read.
 */
final class EarlyEvents {

    private final KeyValueStore<String, StrategyCaseEvent> waiting;

    EarlyEvents(ProcessorContext<?, ?> context) {
        this.waiting = context.getStateStore(FiguresTopology.EARLY_EVENTS);
    }

    /** Keeps an event of a case not yet opened; {@code offset} orders a case's events (one partition). */
    void keep(String caseId, long offset, StrategyCaseEvent event) {
        waiting.put(prefix(caseId) + String.format("%019d", offset), event);
    }

    /** The case's waiting events in the order they were read, removed from the store. */
    List<StrategyCaseEvent> release(String caseId) {
        List<KeyValue<String, StrategyCaseEvent>> kept = new ArrayList<>();
        try (KeyValueIterator<String, StrategyCaseEvent> events = waiting.prefixScan(prefix(caseId), Serdes.String().serializer())) {
            events.forEachRemaining(kept::add);
        }
        kept.forEach(event -> waiting.delete(event.key));
        return kept.stream().map(event -> event.value).toList();
    }

    private static String prefix(String caseId) {
        return caseId + "|";
    }
}
