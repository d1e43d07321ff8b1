package org.frontdoor.strategy.metrics;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.strategy.clock.ClockStatus;
import org.frontdoor.strategy.stream.AlertListener;
import org.frontdoor.strategy.stream.CaseQueries;
import org.frontdoor.strategy.stream.CasesUnavailable;
import org.springframework.stereotype.Component;

/**
 * {@code frontdoor.strategy.clocks} (gauge: clocks by clock and status, read from the counts the
 * stream keeps, so a scrape never reads the cases) and {@code frontdoor.strategy.alerts.raised}
 * (counter: by clock and kind). Statuses are the stored ones: a clock counts as at risk or
 * breached once its alert has been raised.
 */
@Component
class ClockMetrics implements AlertListener {

    private static final ClockType[] SECTION_47_CLOCKS = {
            ClockType.STRATEGY_MEETING, ClockType.ICPC, ClockType.CORE_GROUP, ClockType.REVIEW_CONFERENCE};

    private final Map<ClockType, Map<AlertKind, Counter>> raised = new EnumMap<>(ClockType.class);

    ClockMetrics(MeterRegistry registry, CaseQueries queries) {
        for (ClockType clock : SECTION_47_CLOCKS) {
            Map<AlertKind, Counter> byKind = new EnumMap<>(AlertKind.class);
            for (AlertKind kind : AlertKind.values()) {
                byKind.put(kind, Counter.builder("frontdoor.strategy.alerts.raised")
                        .description("Timescale alerts raised")
                        .tag("clock", clock.name()).tag("kind", kind.name())
                        .register(registry));
            }
            raised.put(clock, byKind);
            for (ClockStatus status : ClockStatus.values()) {
                Gauge.builder("frontdoor.strategy.clocks", () -> count(queries, clock, status))
                        .description("Section 47 clocks by stored status")
                        .tag("clock", clock.name()).tag("status", status.name())
                        .register(registry);
            }
        }
    }

    @Override
    public void raised(TimescaleAlert alert) {
        raised.get(alert.getClock()).get(alert.getKind()).increment();
    }

    private static double count(CaseQueries queries, ClockType clock, ClockStatus status) {
        try {
            return queries.clockCount(clock, status);
        } catch (CasesUnavailable e) {
            return Double.NaN;
        }
    }
}
