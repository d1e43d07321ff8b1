package org.frontdoor.triage.figures;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The changelogged counts behind every figure. They move only by the difference one change of
 * facts makes, what the facts counted before against what they count after, so facts that arrive
 * in any order, or twice, leave each tally exactly where a single pass in order would.
 */
final class Tallies {

    private final KeyValueStore<String, Tally> store;

    Tallies(KeyValueStore<String, Tally> store) {
        this.store = store;
    }

    void move(Collection<Counted> before, Collection<Counted> after) {
        difference(before, after).forEach(this::add);
    }

    /** How far each tally moves when what was counted before becomes what is counted after; unmoved ones left out. */
    static Map<Counted, Long> difference(Collection<Counted> before, Collection<Counted> after) {
        Map<Counted, Long> change = new HashMap<>();
        before.forEach(counted -> change.merge(counted, -1L, Long::sum));
        after.forEach(counted -> change.merge(counted, 1L, Long::sum));
        change.values().removeIf(delta -> delta == 0);
        return change;
    }

    private void add(Counted counted, long delta) {
        String key = counted.key();
        Tally current = store.get(key);
        long count = (current == null ? 0 : current.count()) + delta;
        if (count == 0) {
            store.delete(key);
        } else {
            store.put(key, new Tally(counted, count));
        }
    }
}
