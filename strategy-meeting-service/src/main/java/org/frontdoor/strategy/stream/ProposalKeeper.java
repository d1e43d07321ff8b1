package org.frontdoor.strategy.stream;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.strategy.cases.CaseRuleViolation;
import org.frontdoor.strategy.cases.StrategyCase;
import org.frontdoor.strategy.clock.ClockRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a proposal from triage to its case and, when the case allows it, passes it on to be
 * published as a case event. The store write and the publication share the task's transaction,
 * so a proposal is either applied and published or neither.
 */
final class ProposalKeeper implements Processor<String, StrategyCaseEvent, String, StrategyCaseEvent> {

    private static final Logger log = LoggerFactory.getLogger(ProposalKeeper.class);

    private final ClockRules rules;
    private ProcessorContext<String, StrategyCaseEvent> context;
    private CaseLedger ledger;

    ProposalKeeper(ClockRules rules) {
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<String, StrategyCaseEvent> context) {
        this.context = context;
        this.ledger = new CaseLedger(context);
    }

    @Override
    public void process(Record<String, StrategyCaseEvent> proposal) {
        StrategyCaseEvent event = proposal.value();
        StrategyCase before = ledger.find(event.getCaseId());
        if (before != null && before.hasSeen(event.getEventId())) {
            return;
        }
        try {
            StrategyCase after = before == null ? StrategyCase.opened(event, rules) : before.after(event, rules);
            ledger.save(before, after);
            if (before == null) {
                ledger.keepOpeningTrace(after.caseId(), proposal.headers());
                log.info("Case {} opened for contact {}", after.caseId(), after.contactId());
            }
            // Forwarded with its headers: the case event joins the trace of the decision behind it.
            context.forward(proposal);
        } catch (CaseRuleViolation notAllowed) {
            log.info("Case {}: proposal {} from triage not applied: {}", event.getCaseId(), event.getEventId(),
                    notAllowed.getMessage());
        }
    }
}
