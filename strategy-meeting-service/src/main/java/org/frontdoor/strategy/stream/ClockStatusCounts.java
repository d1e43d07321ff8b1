package org.frontdoor.strategy.stream;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.ClockType;
import org.frontdoor.strategy.cases.StrategyCase;
import org.frontdoor.strategy.clock.CaseClock;
import org.frontdoor.strategy.clock.ClockStatus;

/**
 * How many clocks stand in each stored status, kept up to date with every change so that the
 * metrics never have to read all the cases. Keys are {@code <clock>|<status>}.
 */
final class ClockStatusCounts {

    private ClockStatusCounts() {
    }

    static String keyOf(ClockType clock, ClockStatus status) {
        return clock.name() + "|" + status.name();
    }

    static void update(KeyValueStore<String, Long> store, StrategyCase before, StrategyCase after) {
        Map<String, Long> change = new HashMap<>();
        count(before, change, -1);
        count(after, change, 1);
        change.forEach((key, delta) -> {
            if (delta != 0) {
                Long current = store.get(key);
                store.put(key, (current == null ? 0 : current) + delta);
            }
        });
    }

    private static void count(StrategyCase strategyCase, Map<String, Long> change, long sign) {
        if (strategyCase != null) {
            for (CaseClock clock : strategyCase.clocks()) {
                change.merge(keyOf(clock.clock(), clock.status()), sign, Long::sum);
            }
        }
    }
}
