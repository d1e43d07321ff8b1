package org.frontdoor.strategy.figures;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.strategy.clock.ClockRules;

/** Folds each case event into its case's history and moves the figures with it. */
final class CaseEventFigures implements Processor<String, StrategyCaseEvent, Void, Void> {

    private final ClockRules rules;
    private FiguresLedger ledger;
    private EarlyEvents early;
    private ProcessorContext<Void, Void> context;

    CaseEventFigures(ClockRules rules) {
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.ledger = new FiguresLedger(context);
        this.early = new EarlyEvents(context);
        this.context = context;
    }

    @Override
    public void process(Record<String, StrategyCaseEvent> record) {
        StrategyCaseEvent event = record.value();
        CaseHistory before = ledger.find(event.getCaseId());
        CaseHistory current = before == null ? CaseHistory.empty(event.getCaseId()) : before;
        CaseHistory after = current.after(event, rules);
        if (current.strategyCase() == null && after.strategyCase() == null) {
            early.keep(event.getCaseId(), context.recordMetadata().map(metadata -> metadata.offset()).orElse(0L), event);
            return;
        }
        if (current.strategyCase() == null) {
            for (StrategyCaseEvent waiting : early.release(event.getCaseId())) {
                after = after.after(waiting, rules);
            }
        }
        if (after != current) {
            ledger.save(before, after);
        }
    }
}
