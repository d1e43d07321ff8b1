package org.frontdoor.strategy.figures;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * What one case adds to the counts, and how a change to the case moves them. Each change
 * subtracts what the case added before and adds what it adds now, in the same task transaction
 * as the case itself, so the counts always equal the sum over the cases, across retries and
 * restarts. A count that falls to zero is kept, so its gauge series shows 0 rather than vanishing.
 */
final class FigureCounts {

    private FigureCounts() {
    }

    static void update(KeyValueStore<String, Long> store, CaseHistory before, CaseHistory after) {
        Map<String, Long> change = new HashMap<>();
        of(before).forEach((key, count) -> change.merge(key, -count, Long::sum));
        of(after).forEach((key, count) -> change.merge(key, count, Long::sum));
        change.forEach((key, delta) -> {
            if (delta != 0) {
                Long current = store.get(key);
                store.put(key, (current == null ? 0 : current) + delta);
            }
        });
    }

    /** Every count this case adds to, and by how much. */
    static Map<String, Long> of(CaseHistory history) {
        Map<String, Long> counts = new HashMap<>();
        if (history == null) {
            return counts;
        }
        for (Meeting meeting : history.meetings()) {
            counts.merge(FigureKeys.meetings(meeting.heldOn(), meeting.outcome()), 1L, Long::sum);
            if (meeting.withoutEnquiry()) {
                counts.merge(FigureKeys.meetingsWithoutEnquiry(meeting.heldOn()), 1L, Long::sum);
            }
        }
        IcpcDecision icpc = history.icpc();
        if (icpc != null && icpc.held()) {
            counts.merge(FigureKeys.icpcsHeld(icpc.heldOn()), 1L, Long::sum);
            if (history.icpcHeldInTime()) {
                counts.merge(FigureKeys.icpcsInTime(icpc.heldOn()), 1L, Long::sum);
            }
        }
        for (CaseHistory.OpenClock open : history.openClocks()) {
            counts.merge(FigureKeys.openClocks(open.clock(), open.rag(), history.strategyCase().team()), 1L, Long::sum);
        }
        for (CaseHistory.Breach breach : history.breaches()) {
            counts.merge(FigureKeys.breaches(breach.on(), breach.clock()), 1L, Long::sum);
        }
        return counts;
    }
}
