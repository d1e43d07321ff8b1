package org.frontdoor.strategy.stream;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.strategy.cases.CaseRuleViolation;
import org.frontdoor.strategy.cases.StrategyCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds the case events topic into the case stores, and checks the due index on a wall-clock
 * schedule, emitting the alerts that have fallen due.
 *
 * <p>Events this task published itself (from triage proposals) were applied when published and
 * are skipped by id. An event that the case's state does not allow is not applied but
 * remembered as refused; only two instances racing on one case can publish one.
 */
final class CaseKeeper implements Processor<String, StrategyCaseEvent, String, TimescaleAlert> {

    private static final Logger log = LoggerFactory.getLogger(CaseKeeper.class);

    private final CaseProcessing processing;
    private CaseLedger ledger;

    CaseKeeper(CaseProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void init(ProcessorContext<String, TimescaleAlert> context) {
        this.ledger = new CaseLedger(context);
        DueCheck dueCheck = new DueCheck(ledger, processing, context);
        context.schedule(processing.dueCheckInterval(), PunctuationType.WALL_CLOCK_TIME, dueCheck::run);
    }

    @Override
    public void process(Record<String, StrategyCaseEvent> record) {
        StrategyCaseEvent event = record.value();
        StrategyCase before = ledger.find(event.getCaseId());
        if (before != null && before.hasSeen(event.getEventId())) {
            return;
        }
        try {
            StrategyCase after = before == null ? StrategyCase.opened(event, processing.rules())
                    : before.after(event, processing.rules());
            ledger.save(before, after);
            if (before == null) {
                ledger.keepOpeningTrace(after.caseId(), record.headers());
            }
        } catch (CaseRuleViolation notAllowed) {
            log.warn("Case {}: event {} refused: {}", event.getCaseId(), event.getEventId(), notAllowed.getMessage());
            if (before != null) {
                ledger.save(before, before.refusing(event.getEventId()));
            }
        }
    }
}
