package org.frontdoor.triage.decision;

import java.time.Clock;
import java.time.Duration;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.triage.clock.DueAlert;
import org.frontdoor.triage.clock.RaiseDueAlerts;
import org.frontdoor.triage.clock.RaisedAlerts;

/**
 * Records a manager's decision against the triage decision it confirms or overrides, which stops
 * that decision's clock, and raises the contact-decision alerts that fall due meanwhile.
 */
class ApplyManagementDecision implements Processor<String, ManagementDecisionRecorded, String, TimescaleAlert> {

    private final Clock clock;
    private final Duration checkEvery;
    private final RaisedAlerts raised;
    private KeyValueStore<String, ContactDecisions> decided;

    ApplyManagementDecision(Clock clock, Duration checkEvery, RaisedAlerts raised) {
        this.clock = clock;
        this.checkEvery = checkEvery;
        this.raised = raised;
    }

    @Override
    public void init(ProcessorContext<String, TimescaleAlert> context) {
        this.decided = context.getStateStore(DecisionStores.CONTACT_DECISIONS);
        new RaiseDueAlerts(clock, context, this::awaitsManager, checkEvery, raised);
    }

    @Override
    public void process(Record<String, ManagementDecisionRecorded> record) {
        ManagementDecisionRecorded managed = record.value();
        ContactDecisions decisions = decided.get(managed.getContactId());
        if (decisions != null) {
            decided.put(managed.getContactId(), decisions.managed(managed));
        }
    }

    private boolean awaitsManager(DueAlert alert) {
        ContactDecisions decisions = decided.get(alert.contactId());
        return decisions != null && decisions.find(alert.decisionId())
                .map(decision -> decision.managementDecision() == null).orElse(false);
    }
}
