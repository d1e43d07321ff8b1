package org.frontdoor.notification.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.notification.kafka.NotificationTopics;

/**
 * Keeps each alert in the persistent recent-alerts store (for replay) and pushes it to the
 * connected dashboards the first time it is seen; an alert read again after a restart is
 * already in the store and is not pushed twice.
 */
public class RecentAlertsProcessor implements Processor<String, TimescaleAlert, Void, Void> {

    private final LiveAlertStream live;
    private final AlertStreamProperties properties;
    private final Clock clock;
    private KeyValueStore<String, RecentAlert> recent;

    public RecentAlertsProcessor(LiveAlertStream live, AlertStreamProperties properties, Clock clock) {
        this.live = live;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        recent = context.getStateStore(NotificationTopics.RECENT_ALERTS_STORE);
        context.schedule(properties.pruneEvery(), PunctuationType.WALL_CLOCK_TIME, ignored -> prune());
    }

    @Override
    public void process(Record<String, TimescaleAlert> record) {
        if (record.value() == null) {
            return;
        }
        Alert alert = Alert.of(record.value());
        if (recent.get(alert.alertId()) == null) {
            recent.put(alert.alertId(), new RecentAlert(alert, clock.instant()));
            live.publish(alert);
        }
    }

    private void prune() {
        Instant oldest = clock.instant().minus(properties.replayWindow());
        List<String> expired = new ArrayList<>();
        try (var all = recent.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.seenAt().isBefore(oldest)) {
                    expired.add(entry.key);
                }
            });
        }
        expired.forEach(recent::delete);
    }
}
