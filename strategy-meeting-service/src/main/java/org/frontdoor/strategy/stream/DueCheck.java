package org.frontdoor.strategy.stream;

import java.time.Instant;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.strategy.cases.StrategyCase;
import org.frontdoor.strategy.clock.CaseClock;
import org.frontdoor.strategy.clock.PendingAlert;

/**
 * Raises the alerts that have fallen due by the service clock's now. It reads only the due
 * index's entries up to now; each one it handles is replaced by the clock's next alert, or
 * removed, in the same task transaction as the alert, so an alert is raised once even across
 * retries and restarts. After downtime the first check catches up on everything missed. Each
 * alert joins the trace its case was opened in (decision 0011).
 */
final class DueCheck {

    private final CaseLedger ledger;
    private final CaseProcessing processing;
    private final ProcessorContext<String, TimescaleAlert> context;

    DueCheck(CaseLedger ledger, CaseProcessing processing, ProcessorContext<String, TimescaleAlert> context) {
        this.ledger = ledger;
        this.processing = processing;
        this.context = context;
    }

    /**
     * @param wallClockMillis the real time of this check: the alert records carry it as their
     *                        Kafka timestamp, because a broker refuses timestamps far in the future,
     *                        which the service clock may be after it has been moved on
     */
    void run(long wallClockMillis) {
        Instant now = processing.clock().instant();
        for (DueEntry entry : ledger.dueIndex().dueBy(now)) {
            raise(entry, now, wallClockMillis);
        }
    }

    private void raise(DueEntry entry, Instant now, long wallClockMillis) {
        StrategyCase before = ledger.find(entry.caseId());
        CaseClock clock = before == null ? null : before.clock(entry.clock(), entry.cycle()).orElse(null);
        PendingAlert pending = clock == null ? null : clock.pendingAlert().orElse(null);
        if (pending == null || pending.kind() != entry.kind()) {
            // Only an entry left behind by an older version of a case gets here; it has nothing to say.
            ledger.dueIndex().remove(entry);
            return;
        }
        // After downtime an at-risk warning may be overtaken by the breach itself: the breach is
        // the one alert that still tells managers something.
        AlertKind kind = pending.kind() == AlertKind.AT_RISK && !now.isBefore(clock.breachesAt())
                ? AlertKind.BREACHED : pending.kind();
        ledger.save(before, before.alerted(entry.clock(), entry.cycle(), kind));
        TimescaleAlert alert = alertFor(before, clock, kind, now);
        context.forward(new Record<>(alert.getAlertId(), alert, wallClockMillis, ledger.openingTrace(before.caseId())));
        processing.alerts().raised(alert);
    }

    private static TimescaleAlert alertFor(StrategyCase strategyCase, CaseClock clock, AlertKind kind, Instant now) {
        return TimescaleAlert.newBuilder()
                .setAlertId(alertId(strategyCase.caseId(), clock, kind))
                .setKind(kind)
                .setClock(clock.clock())
                .setTeam(strategyCase.team())
                .setDueOn(clock.dueOn())
                .setRaisedAt(now)
                .setContactId(strategyCase.contactId())
                .setCaseId(strategyCase.caseId())
                .setDecisionId(strategyCase.decisionId())
                .setChildRef(strategyCase.childRef())
                .build();
    }

    /** Derived from the clock and the kind alone, so a retried or repeated check names the same alert. */
    static String alertId(String caseId, CaseClock clock, AlertKind kind) {
        return caseId + ":" + clock.clock() + ":" + clock.cycle() + ":" + kind;
    }
}
