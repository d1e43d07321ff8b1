package org.frontdoor.triage.figures;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.frontdoor.calendar.LondonTime;
import org.springframework.stereotype.Component;

/**
 * Reads the figures from the tallies. Every local partition keeps its own tallies, so the same
 * counted thing can appear once per partition and the figures add them up. All partitions are
 * local while one instance runs (decision 0005).
 */
@Component
class FigureQueries {

    private final FiguresStreams streams;
    private final Clock clock;

    FigureQueries(FiguresStreams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    YearMonth currentMonth() {
        return YearMonth.from(LondonTime.dateOf(clock.instant()));
    }

    MonthFigures month(YearMonth month) {
        return MonthFigures.of(month, clock.instant(), tallies(month + "-"));
    }

    OpenClocks openClocks() {
        return OpenClocks.of(clock.instant(), tallies(Counted.UNDATED + "|"));
    }

    /** Every child's decision on the contacts received in the month, in no particular order. */
    List<DecisionClock> decisionsReceivedIn(YearMonth month) {
        List<String> decisionIds = streams.read(FiguresTopology.DECISIONS_BY_DATE,
                (ReadOnlyKeyValueStore<String, String> byDate) -> values(byDate, month + "-"));
        return streams.read(FiguresTopology.DECISION_CLOCKS, (ReadOnlyKeyValueStore<String, DecisionClock> clocks) ->
                // A decision is indexed after its clock is stored, so a read between the two finds no clock.
                decisionIds.stream().map(clocks::get).filter(Objects::nonNull).toList());
    }

    private List<Tally> tallies(String prefix) {
        return streams.read(FiguresTopology.TALLIES, (ReadOnlyKeyValueStore<String, Tally> tallies) -> values(tallies, prefix));
    }

    private static <V> List<V> values(ReadOnlyKeyValueStore<String, V> store, String prefix) {
        List<V> values = new ArrayList<>();
        try (KeyValueIterator<String, V> entries = store.prefixScan(prefix, new StringSerializer())) {
            entries.forEachRemaining(entry -> values.add(entry.value));
        }
        return values;
    }
}
