package org.frontdoor.strategy.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.strategy.cases.StrategyCase;
import org.frontdoor.strategy.clock.CaseClock;

/**
 * Every running clock's next alert, keyed so that the store's byte order is the order in which
 * the alerts fall due: {@code <epoch millis, 19 digits>|<caseId>|<clock>|<cycle>}. A due check is
 * a range scan from the start of the store up to now, so it reads only the entries that have
 * fallen due, however many cases are open.
 */
final class DueIndex {

    private static final char SEPARATOR = '|';
    // Sorts after the separator and after every character of a case id, so it closes the range
    // of all entries due at the same millisecond.
    private static final char AFTER_EVERY_ENTRY = '~';

    private final KeyValueStore<String, String> store;

    DueIndex(KeyValueStore<String, String> store) {
        this.store = store;
    }

    /** Moves a case's entries from what was due before a change to what is due after it. */
    void update(StrategyCase before, StrategyCase after) {
        Map<String, String> old = entriesOf(before);
        Map<String, String> now = entriesOf(after);
        old.keySet().stream().filter(key -> !now.containsKey(key)).forEach(store::delete);
        now.forEach((key, kind) -> {
            if (!kind.equals(old.get(key))) {
                store.put(key, kind);
            }
        });
    }

    /** The entries due at or before {@code now}, earliest first. */
    List<DueEntry> dueBy(Instant now) {
        List<DueEntry> due = new ArrayList<>();
        String upTo = millis(now.toEpochMilli()) + AFTER_EVERY_ENTRY;
        try (KeyValueIterator<String, String> entries = store.range(null, upTo)) {
            while (entries.hasNext()) {
                KeyValue<String, String> entry = entries.next();
                due.add(parse(entry.key, entry.value));
            }
        }
        return due;
    }

    void remove(DueEntry entry) {
        store.delete(entry.key());
    }

    static String keyOf(Instant dueAt, String caseId, ClockType clock, int cycle) {
        return millis(dueAt.toEpochMilli()) + SEPARATOR + caseId + SEPARATOR + clock.name() + SEPARATOR + cycle;
    }

    private static Map<String, String> entriesOf(StrategyCase strategyCase) {
        Map<String, String> entries = new HashMap<>();
        if (strategyCase == null) {
            return entries;
        }
        for (CaseClock clock : strategyCase.clocks()) {
            clock.pendingAlert().ifPresent(alert -> entries.put(
                    keyOf(alert.dueAt(), strategyCase.caseId(), clock.clock(), clock.cycle()), alert.kind().name()));
        }
        return entries;
    }

    private static DueEntry parse(String key, String kind) {
        String[] parts = key.split("\\" + SEPARATOR);
        return new DueEntry(key, parts[1], ClockType.valueOf(parts[2]), Integer.parseInt(parts[3]), AlertKind.valueOf(kind));
    }

    private static String millis(long epochMillis) {
        return String.format("%019d", epochMillis);
    }
}
