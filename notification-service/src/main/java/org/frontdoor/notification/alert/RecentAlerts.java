package org.frontdoor.notification.alert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.frontdoor.notification.kafka.StreamsState;
import org.springframework.stereotype.Component;

/** Reads the recent-alerts store to replay what a reconnecting dashboard missed. */
@Component
class RecentAlerts {

    private static final Duration STORE_PATIENCE = Duration.ofSeconds(10);

    private final StreamsState state;

    RecentAlerts(StreamsState state) {
        this.state = state;
    }

    /**
     * The alerts first seen after {@code lastEventId}, oldest first. An id no longer (or never)
     * in the window means the client was away longer than the window: it gets the whole window.
     */
    List<Alert> after(String lastEventId, AlertFilter filter) {
        return state.read(NotificationTopics.RECENT_ALERTS_STORE, STORE_PATIENCE, (ReadOnlyKeyValueStore<String, RecentAlert> store) -> {
            Optional<RecentAlert> last = Optional.ofNullable(store.get(lastEventId));
            List<RecentAlert> missed = new ArrayList<>();
            try (var all = store.all()) {
                all.forEachRemaining(entry -> {
                    if (last.isEmpty() || RecentAlert.IN_ORDER_SEEN.compare(entry.value, last.get()) > 0) {
                        missed.add(entry.value);
                    }
                });
            }
            missed.sort(RecentAlert.IN_ORDER_SEEN);
            return missed.stream().map(RecentAlert::alert).filter(filter::matches).toList();
        });
    }
}
