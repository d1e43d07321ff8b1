package org.frontdoor.strategy.figures;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.frontdoor.events.ClockType;

/**
 * The clocks open now, as the record stands: a clock turns AMBER when its at-risk alert is
 * raised and RED when its breach alert is.
 *
 * @param asOf   the service's clock when the figures were read
 * @param clocks one row per clock, RAG and team with any open clock
 */
public record OpenClocks(Instant asOf, long total, Map<Rag, Long> byRag, Map<String, Long> byTeam, List<Row> clocks) {

    public record Row(ClockType clock, Rag rag, String team, long count) {
    }

    /** From the count of every clock, RAG and team ever seen (zero for those with none open now). */
    static OpenClocks of(Instant asOf, List<Row> counted) {
        List<Row> open = counted.stream().filter(row -> row.count() > 0)
                .sorted(Comparator.comparing(Row::clock).thenComparing(Row::rag).thenComparing(Row::team))
                .toList();
        Map<Rag, Long> byRag = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            byRag.put(rag, 0L);
        }
        Map<String, Long> byTeam = new TreeMap<>();
        for (Row row : open) {
            byRag.merge(row.rag(), row.count(), Long::sum);
            byTeam.merge(row.team(), row.count(), Long::sum);
        }
        return new OpenClocks(asOf, open.stream().mapToLong(Row::count).sum(), byRag, byTeam, open);
    }
}
