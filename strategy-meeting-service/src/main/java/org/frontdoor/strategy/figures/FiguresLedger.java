package org.frontdoor.strategy.figures;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The figures stores of one stream task, written together: a case's history, the counts and the
 * enquiry index change in the same step, inside the task's transaction.
 */
final class FiguresLedger {

    private final KeyValueStore<String, CaseHistory> histories;
    private final KeyValueStore<String, Long> counts;
    private final KeyValueStore<String, String> enquiries;

    FiguresLedger(ProcessorContext<?, ?> context) {
        this.histories = context.getStateStore(FiguresTopology.HISTORIES);
        this.counts = context.getStateStore(FiguresTopology.COUNTS);
        this.enquiries = context.getStateStore(FiguresTopology.ENQUIRIES);
    }

    CaseHistory find(String caseId) {
        return histories.get(caseId);
    }

    void save(CaseHistory before, CaseHistory after) {
        histories.put(after.caseId(), after);
        FigureCounts.update(counts, before, after);
        Set<String> old = enquiryKeys(before);
        Set<String> now = enquiryKeys(after);
        old.stream().filter(key -> !now.contains(key)).forEach(enquiries::delete);
        now.stream().filter(key -> !old.contains(key)).forEach(key -> enquiries.put(key, after.caseId()));
    }

    /** The enquiry index's key, {@code <yyyy-MM>|<caseId>} by the month the enquiry started. */
    static String enquiryPrefix(YearMonth month) {
        return month + "|";
    }

    private static Set<String> enquiryKeys(CaseHistory history) {
        Set<String> keys = new HashSet<>();
        if (history != null && history.strategyCase() != null && history.strategyCase().enquiryStartedOn() != null) {
            keys.add(enquiryPrefix(YearMonth.from(history.strategyCase().enquiryStartedOn())) + history.caseId());
        }
        return keys;
    }
}
