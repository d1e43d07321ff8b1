package org.frontdoor.strategy.metrics;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.strategy.stream.AlertListener;
import org.springframework.stereotype.Component;

/**
 * {@code frontdoor.strategy.alerts.raised}: the alerts the due check raises, by clock and kind;
 * every series is there from the start, at zero. An alert is counted as it is raised, so a
 * transaction that fails after it (and raises the alert again) counts it twice: the exact number
 * of breaches is the figures'. How many clocks stand in each state now is the figures' gauge
 * {@code frontdoor.figures.open.clocks}.
 */
@Component
class RaisedAlerts implements AlertListener {

    private static final ClockType[] SECTION_47_CLOCKS = {
            ClockType.STRATEGY_MEETING, ClockType.ICPC, ClockType.CORE_GROUP, ClockType.REVIEW_CONFERENCE};

    private final Map<ClockType, Map<AlertKind, Counter>> raised = new EnumMap<>(ClockType.class);

    RaisedAlerts(MeterRegistry registry) {
        for (ClockType clock : SECTION_47_CLOCKS) {
            Map<AlertKind, Counter> byKind = new EnumMap<>(AlertKind.class);
            for (AlertKind kind : AlertKind.values()) {
                byKind.put(kind, Counter.builder("frontdoor.strategy.alerts.raised")
                        .description("Timescale alerts raised, by clock and kind")
                        .tag("clock", clock.name()).tag("kind", kind.name())
                        .register(registry));
            }
            raised.put(clock, byKind);
        }
    }

    @Override
    public void raised(TimescaleAlert alert) {
        raised.get(alert.getClock()).get(alert.getKind()).increment();
    }
}
