package org.frontdoor.triage.figures;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.frontdoor.events.ClockType;

/**
 * The contact-decision clocks running now (no manager has decided), by RAG and by team. The
 * front door team is always listed, with zeros when nothing is open.
 */
public record OpenClocks(ClockType clock, Instant asOf, long total, Map<ClockRag, Long> byRag,
                         Map<String, Map<ClockRag, Long>> byTeam) {

    static OpenClocks of(Instant asOf, Collection<Tally> tallies) {
        Map<ClockRag, Long> byRag = everyRag();
        Map<String, Map<ClockRag, Long>> byTeam = new TreeMap<>(Map.of(DecisionClock.CONTACT_DECISION_TEAM, everyRag()));
        tallies.stream().filter(tally -> tally.counted().measure() == Measure.OPEN_CLOCKS).forEach(tally -> {
            Counted counted = tally.counted();
            byRag.merge(counted.rag(), tally.count(), Long::sum);
            byTeam.computeIfAbsent(counted.team(), team -> everyRag()).merge(counted.rag(), tally.count(), Long::sum);
        });
        return new OpenClocks(ClockType.CONTACT_DECISION, asOf, byRag.values().stream().mapToLong(Long::longValue).sum(),
                byRag, byTeam);
    }

    private static Map<ClockRag, Long> everyRag() {
        Map<ClockRag, Long> byRag = new EnumMap<>(ClockRag.class);
        for (ClockRag rag : ClockRag.values()) {
            byRag.put(rag, 0L);
        }
        return byRag;
    }
}
