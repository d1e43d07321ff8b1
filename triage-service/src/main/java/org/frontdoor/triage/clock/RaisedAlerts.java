package org.frontdoor.triage.clock;

import java.util.EnumMap;
import java.util.Map;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the contact-decision alerts raised, by kind, for the dashboards; every kind is there
 * from the start, at zero. An alert is counted as it is raised, so a transaction that fails after
 * it (and raises the alert again) counts it twice: the exact number of breaches is the figures'.
 */
@Component
public class RaisedAlerts {

    private final Map<AlertKind, Counter> byKind = new EnumMap<>(AlertKind.class);

    RaisedAlerts(MeterRegistry meters) {
        for (AlertKind kind : AlertKind.values()) {
            byKind.put(kind, Counter.builder("frontdoor.triage.alerts.raised")
                    .description("Contact-decision alerts raised, by kind")
                    .tag("clock", ClockType.CONTACT_DECISION.name()).tag("kind", kind.name())
                    .register(meters));
        }
    }

    void raised(TimescaleAlert alert) {
        byKind.get(alert.getKind()).increment();
    }
}
