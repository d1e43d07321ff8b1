package org.frontdoor.strategy.stream;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.strategy.cases.StrategyCase;
import org.frontdoor.tracing.TraceParent;

/**
 * The stores of one stream task, written together: a case and every index derived from it
 * change in the same step, inside the task's transaction.
 */
final class CaseLedger {

    private final KeyValueStore<String, StrategyCase> cases;
    private final DueIndex dueIndex;
    private final KeyValueStore<String, String> lookup;
    private final KeyValueStore<String, String> openingTraces;

    CaseLedger(ProcessorContext<?, ?> context) {
        this.cases = context.getStateStore(StoreNames.CASES);
        this.dueIndex = new DueIndex(context.getStateStore(StoreNames.DUE_INDEX));
        this.lookup = context.getStateStore(StoreNames.LOOKUP);
        this.openingTraces = context.getStateStore(StoreNames.OPENING_TRACES);
    }

    StrategyCase find(String caseId) {
        return cases.get(caseId);
    }

    DueIndex dueIndex() {
        return dueIndex;
    }

    /** Stores the case after a change, with its due-index entries and lookup keys. */
    void save(StrategyCase before, StrategyCase after) {
        cases.put(after.caseId(), after);
        dueIndex.update(before, after);
        CaseLookup.update(lookup, before, after);
    }

    /**
     * Keeps the trace of the record that opened a case: the case's alerts, raised later from the due
     * index, join it (decision 0011). A record without one leaves the case untraced.
     */
    void keepOpeningTrace(String caseId, Headers opening) {
        String traceparent = TraceParent.of(opening);
        if (traceparent != null) {
            openingTraces.put(caseId, traceparent);
        }
    }

    /** Headers that put a record about the case in the trace it was opened in, if it has one. */
    Headers openingTrace(String caseId) {
        return TraceParent.headers(openingTraces.get(caseId));
    }
}
