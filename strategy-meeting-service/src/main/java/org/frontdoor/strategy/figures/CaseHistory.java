package org.frontdoor.strategy.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.IcpcHeld;
import org.frontdoor.events.IcpcNotRequired;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.StrategyMeetingHeld;
import org.frontdoor.events.StrategyMeetingOutcome;
import org.frontdoor.strategy.cases.CaseRuleViolation;
import org.frontdoor.strategy.cases.CaseStage;
import org.frontdoor.strategy.cases.StrategyCase;
import org.frontdoor.strategy.clock.CaseClock;
import org.frontdoor.strategy.clock.ClockRules;
import org.frontdoor.strategy.clock.ClockStatus;

/**
 * What the figures know of one case: the case folded from its events with the case keeper's own
 * rules (so an event the case refused is refused here too, and an event read twice changes
 * nothing), the strategy meetings and conference decision it applied, and the alerts its clocks
 * raised.
 *
 * <p>The fold alone never marks a clock at risk or breached: that is the alerts' part. Alerts come
 * from another topic and may arrive before or after the events around them, so every figure is
 * derived from the two together, whatever their order. An alert exists only for a clock that was
 * still running when it was raised, so a clock met after its BREACHED alert was met late even when
 * the alert arrives here after the meeting.
 *
 * <p>Every change returns a new history; one that changes nothing returns this very instance.
 *
 * @param strategyCase null until the case's opening event has been read (its alerts may come first)
 * @param icpc         null until the enquiry reached its conference decision
 */
public record CaseHistory(String caseId, StrategyCase strategyCase, List<Meeting> meetings, IcpcDecision icpc,
                          List<RaisedAlert> alerts) {

    public CaseHistory {
        Objects.requireNonNull(caseId, "caseId");
        meetings = List.copyOf(meetings);
        alerts = List.copyOf(alerts);
    }

    static CaseHistory empty(String caseId) {
        return new CaseHistory(caseId, null, List.of(), null, List.of());
    }

    /** The history after a case event, applied exactly as the case keeper applies it. */
    CaseHistory after(StrategyCaseEvent event, ClockRules rules) {
        if (strategyCase != null && strategyCase.hasSeen(event.getEventId())) {
            return this;
        }
        StrategyCase next;
        try {
            next = strategyCase == null ? StrategyCase.opened(event, rules) : strategyCase.after(event, rules);
        } catch (CaseRuleViolation refused) {
            // The case keeper keeps nothing of an event before the opening, and remembers any other it refuses.
            return strategyCase == null ? this
                    : new CaseHistory(caseId, strategyCase.refusing(event.getEventId()), meetings, icpc, alerts);
        }
        List<Meeting> meetingsAfter = meetings;
        IcpcDecision icpcAfter = icpc;
        Object fact = event.getFact();
        if (fact instanceof StrategyMeetingHeld meeting) {
            meetingsAfter = new ArrayList<>(meetings);
            meetingsAfter.add(new Meeting(meeting.getHeldOn(), meeting.getOutcome(),
                    meeting.getOutcome() != StrategyMeetingOutcome.SECTION_47
                            && strategyCase.stage() == CaseStage.AWAITING_STRATEGY_MEETING));
        } else if (fact instanceof IcpcHeld held) {
            icpcAfter = IcpcDecision.held(held.getHeldOn(), held.getOutcome());
        } else if (fact instanceof IcpcNotRequired) {
            icpcAfter = IcpcDecision.notRequired();
        }
        return new CaseHistory(caseId, next, meetingsAfter, icpcAfter, alerts);
    }

    /** The history after an alert; an alert already known (a repeat) changes nothing. */
    CaseHistory withAlert(RaisedAlert alert) {
        if (alert(alert.clock(), alert.cycle(), alert.kind()).isPresent()) {
            return this;
        }
        List<RaisedAlert> alertsAfter = new ArrayList<>(alerts);
        alertsAfter.add(alert);
        return new CaseHistory(caseId, strategyCase, meetings, icpc, alertsAfter);
    }

    Optional<RaisedAlert> alert(ClockType clock, int cycle, AlertKind kind) {
        return alerts.stream().filter(alert -> alert.names(clock, cycle, kind)).findFirst();
    }

    /**
     * The ICPC was held within its timescale of the meeting that started the enquiry: on or before
     * its due date, and before its clock breached. False also when no ICPC was held.
     */
    boolean icpcHeldInTime() {
        return icpc != null && icpc.held() && strategyCase != null
                && strategyCase.clock(ClockType.ICPC, 1).map(clock -> clock.status() == ClockStatus.MET).orElse(false)
                && alert(ClockType.ICPC, 1, AlertKind.BREACHED).isEmpty();
    }

    /** The clocks still waiting for their milestone, each with its RAG. */
    List<OpenClock> openClocks() {
        if (strategyCase == null) {
            return List.of();
        }
        return strategyCase.clocks().stream().filter(CaseClock::running)
                .map(clock -> new OpenClock(clock.clock(), ragOf(clock)))
                .toList();
    }

    /**
     * Every clock of the case that breached, once each, with the date it breached (the day after
     * its due date): those whose BREACHED alert was raised, and those met after their due date,
     * whether or not a due check had raised the alert first.
     */
    List<Breach> breaches() {
        Map<ClockCycle, Breach> breached = new LinkedHashMap<>();
        for (RaisedAlert alert : alerts) {
            if (alert.kind() == AlertKind.BREACHED) {
                breached.put(new ClockCycle(alert.clock(), alert.cycle()), new Breach(alert.clock(), alert.breachesOn()));
            }
        }
        if (strategyCase != null) {
            for (CaseClock clock : strategyCase.clocks()) {
                if (clock.status() == ClockStatus.MET_LATE) {
                    breached.putIfAbsent(new ClockCycle(clock.clock(), clock.cycle()),
                            new Breach(clock.clock(), clock.dueOn().plusDays(1)));
                }
            }
        }
        return List.copyOf(breached.values());
    }

    private Rag ragOf(CaseClock clock) {
        if (alert(clock.clock(), clock.cycle(), AlertKind.BREACHED).isPresent()) {
            return Rag.RED;
        }
        return alert(clock.clock(), clock.cycle(), AlertKind.AT_RISK).isPresent() ? Rag.AMBER : Rag.GREEN;
    }

    /** A clock still waiting for its milestone. */
    record OpenClock(ClockType clock, Rag rag) {
    }

    /** One clock's breach: which clock, and the date it breached. */
    record Breach(ClockType clock, LocalDate on) {
    }

    private record ClockCycle(ClockType clock, int cycle) {
    }
}
