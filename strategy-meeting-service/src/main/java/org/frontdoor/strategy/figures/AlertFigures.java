package org.frontdoor.strategy.figures;

import java.util.Optional;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.frontdoor.events.TimescaleAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adds each alert, re-keyed by its case, to the case's history and moves the figures with it. */
final class AlertFigures implements Processor<String, TimescaleAlert, Void, Void> {

    private static final Logger log = LoggerFactory.getLogger(AlertFigures.class);

    private FiguresLedger ledger;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.ledger = new FiguresLedger(context);
    }

    @Override
    public void process(Record<String, TimescaleAlert> record) {
        TimescaleAlert alert = record.value();
        Optional<RaisedAlert> raised = RaisedAlert.of(alert);
        if (raised.isEmpty()) {
            log.warn("Alert {} of case {} not counted: its id does not name its clock's cycle", alert.getAlertId(), alert.getCaseId());
            return;
        }
        CaseHistory before = ledger.find(alert.getCaseId());
        CaseHistory current = before == null ? CaseHistory.empty(alert.getCaseId()) : before;
        CaseHistory after = current.withAlert(raised.get());
        if (after != current) {
            ledger.save(before, after);
        }
    }
}
