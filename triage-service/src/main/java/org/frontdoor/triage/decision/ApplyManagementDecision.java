package org.frontdoor.triage.decision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.triage.clock.DueAlert;
import org.frontdoor.triage.clock.RaiseDueAlerts;
import org.frontdoor.triage.clock.RaisedAlerts;
import org.frontdoor.triage.decision.AnsweredRequest.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of managers' decisions (decision 0014). In the partition that owns the contact's
 * decisions it applies each request once: the first decision on a triage decision is recorded,
 * which stops its clock, and published as {@code ManagementDecisionRecorded}, in the same
 * exactly-once transaction as the store; any later request on it is answered, never recorded.
 * Every answer is kept by the request's key, so a request sent again (a retry, a producer's
 * resend) changes nothing. It also raises the contact-decision alerts that fall due meanwhile.
 */
class ApplyManagementDecision implements Processor<String, RequestedManagementDecision, String, SpecificRecord> {

    private static final Logger log = LoggerFactory.getLogger(ApplyManagementDecision.class);
    private static final Duration FORGET_EVERY = Duration.ofMinutes(10);

    private final Clock clock;
    private final Duration checkEvery;
    private final RaisedAlerts raised;
    private final RecordedManagementDecisions recorded;
    private final Duration requestsKept;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, ContactDecisions> decided;
    private KeyValueStore<String, AnsweredRequest> answered;

    ApplyManagementDecision(Clock clock, Duration checkEvery, RaisedAlerts raised, RecordedManagementDecisions recorded,
                            Duration requestsKept) {
        this.clock = clock;
        this.checkEvery = checkEvery;
        this.raised = raised;
        this.recorded = recorded;
        this.requestsKept = requestsKept;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.decided = context.getStateStore(DecisionStores.CONTACT_DECISIONS);
        this.answered = context.getStateStore(DecisionStores.MANAGEMENT_REQUESTS);
        new RaiseDueAlerts(clock, context, this::awaitsManager, checkEvery, raised);
        context.schedule(FORGET_EVERY, PunctuationType.WALL_CLOCK_TIME, ignored -> forgetOldAnswers());
    }

    @Override
    public void process(Record<String, RequestedManagementDecision> record) {
        RequestedManagementDecision requested = record.value();
        if (answered.get(requested.requestKey()) != null) {
            return;
        }
        // The decision is written before the answer: whoever reads the answer finds the decision.
        Answer answer = apply(record);
        answered.put(requested.requestKey(), new AnsweredRequest(requested.fingerprint(), answer, requested.requestedAt()));
    }

    private Answer apply(Record<String, RequestedManagementDecision> record) {
        RequestedManagementDecision requested = record.value();
        ContactDecisions decisions = decided.get(requested.contactId());
        Optional<DecisionView> decision = decisions == null ? Optional.empty() : decisions.find(requested.decisionId());
        if (decision.isEmpty()) {
            return Answer.UNKNOWN_DECISION;
        }
        DecisionView.ManagementDecisionView standing = decision.get().managementDecision();
        if (standing != null) {
            return requested.sameAs(standing) ? Answer.RECORDED : Answer.ALREADY_DECIDED;
        }
        ManagementDecisionRecorded event = requested.event(decision.get());
        decided.put(requested.contactId(), decisions.managed(event));
        // The request's headers go with the event: it joins the trace of the manager's request (decision 0011).
        context.forward(record.withKey(event.getChildRef()).withValue(event));
        recorded.recorded(event);
        log.info("Management decision {} recorded for decision {}", event.getOutcome(), event.getDecisionId());
        return Answer.RECORDED;
    }

    private boolean awaitsManager(DueAlert alert) {
        ContactDecisions decisions = decided.get(alert.contactId());
        return decisions != null && decisions.find(alert.decisionId())
                .map(decision -> decision.managementDecision() == null).orElse(false);
    }

    /** Answers are needed only while a request may still be sent again; the decisions themselves stay. */
    private void forgetOldAnswers() {
        Instant before = clock.instant().minus(requestsKept);
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, AnsweredRequest> entries = answered.all()) {
            entries.forEachRemaining(entry -> {
                if (entry.value.requestedAt().isBefore(before)) {
                    old.add(entry.key);
                }
            });
        }
        old.forEach(answered::delete);
    }
}
