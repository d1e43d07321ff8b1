package org.frontdoor.strategy.stream;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.strategy.cases.StrategyCase;

/**
 * The stores of one stream task, written together: a case and every index derived from it
 * change in the same step, inside the task's transaction.
 */
final class CaseLedger {

    private final KeyValueStore<String, StrategyCase> cases;
    private final DueIndex dueIndex;
    private final KeyValueStore<String, String> lookup;
    private final KeyValueStore<String, Long> clockStatusCounts;

    CaseLedger(ProcessorContext<?, ?> context) {
        this.cases = context.getStateStore(StoreNames.CASES);
        this.dueIndex = new DueIndex(context.getStateStore(StoreNames.DUE_INDEX));
        this.lookup = context.getStateStore(StoreNames.LOOKUP);
        this.clockStatusCounts = context.getStateStore(StoreNames.CLOCK_STATUS_COUNTS);
    }

    StrategyCase find(String caseId) {
        return cases.get(caseId);
    }

    DueIndex dueIndex() {
        return dueIndex;
    }

    /** Stores the case after a change, with its due-index entries, lookup keys and counts. */
    void save(StrategyCase before, StrategyCase after) {
        cases.put(after.caseId(), after);
        dueIndex.update(before, after);
        CaseLookup.update(lookup, before, after);
        ClockStatusCounts.update(clockStatusCounts, before, after);
    }
}
