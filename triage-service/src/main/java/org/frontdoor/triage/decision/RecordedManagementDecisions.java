package org.frontdoor.triage.decision;

import java.util.EnumMap;
import java.util.Map;

import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.ManagementOutcome;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts managers' decisions as they are recorded, by outcome, for the dashboards; every outcome
 * is there from the start, at zero. A transaction that fails after recording one (and records it
 * again) counts it twice: the exact number is the figures'.
 */
@Component
class RecordedManagementDecisions {

    private final Map<ManagementOutcome, Counter> byOutcome = new EnumMap<>(ManagementOutcome.class);

    RecordedManagementDecisions(MeterRegistry meters) {
        for (ManagementOutcome outcome : ManagementOutcome.values()) {
            byOutcome.put(outcome, Counter.builder("frontdoor.management.decisions")
                    .description("Managers' decisions recorded, by outcome").tag("outcome", outcome.name()).register(meters));
        }
    }

    void recorded(ManagementDecisionRecorded decision) {
        byOutcome.get(decision.getOutcome()).increment();
    }
}
