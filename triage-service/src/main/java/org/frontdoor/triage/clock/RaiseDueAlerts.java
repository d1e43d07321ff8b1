package org.frontdoor.triage.clock;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.tracing.TraceParent;

/**
 * Raises the contact-decision alerts that have fallen due. It reads the injected clock, not
 * stream time, so it fires on time when no contact arrives and when the local stack moves time;
 * the scan visits only the alerts due by now. Each alert is removed from the index in the same
 * exactly-once transaction that publishes it, so it is raised once, also across restarts, and a
 * service that was down catches up on its first scan.
 */
public final class RaiseDueAlerts {

    /** Domain section 6: contact decisions belong to the front door team. */
    private static final String TEAM = "front-door";

    private final Clock clock;
    private final KeyValueStore<String, DueAlert> index;
    private final Predicate<DueAlert> stillRunning;
    private final ProcessorContext<String, ? super TimescaleAlert> context;
    private final RaisedAlerts raised;

    public RaiseDueAlerts(Clock clock, ProcessorContext<String, ? super TimescaleAlert> context, Predicate<DueAlert> stillRunning,
                          Duration every, RaisedAlerts raised) {
        this.clock = clock;
        this.context = context;
        this.raised = raised;
        this.index = context.getStateStore(ContactDecisionClock.DUE_ALERTS);
        this.stillRunning = stillRunning;
        context.schedule(every, PunctuationType.WALL_CLOCK_TIME, ignored -> raise());
    }

    void raise() {
        List<KeyValue<String, DueAlert>> due = new ArrayList<>();
        try (KeyValueIterator<String, DueAlert> entries = index.range(null, DueAlert.indexKeyAt(clock.instant()) + "\uffff")) {
            entries.forEachRemaining(due::add);
        }
        for (KeyValue<String, DueAlert> entry : due) {
            index.delete(entry.key);
            DueAlert alert = entry.value;
            if (stillRunning.test(alert)) {
                TimescaleAlert event = toEvent(alert);
                // The record's Kafka timestamp is the system's: brokers refuse timestamps far in the
                // future, and the local stack moves the domain clock days ahead. raisedAt carries domain time.
                // It joins the trace of the decision it is about, kept with it since the decision was made.
                context.forward(new Record<>(alert.alertId(), event, context.currentSystemTimeMs(),
                        TraceParent.headers(alert.traceparent())));
                raised.raised(event);
            }
        }
    }

    private TimescaleAlert toEvent(DueAlert alert) {
        return TimescaleAlert.newBuilder().setAlertId(alert.alertId()).setKind(alert.kind())
                .setClock(ClockType.CONTACT_DECISION).setTeam(TEAM).setDueOn(alert.dueOn()).setRaisedAt(clock.instant())
                .setContactId(alert.contactId()).setCaseId(null).setDecisionId(alert.decisionId())
                .setChildRef(alert.childRef()).setLateEntry(alert.lateEntry()).build();
    }
}
