package org.frontdoor.strategy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.events.CaseClosure;
import org.frontdoor.strategy.cases.CaseStatus;
import org.frontdoor.strategy.cases.StrategyCase;

/**
 * A case as the API shows it, with each clock's status as it stands at the moment of the answer,
 * and its history: every step recorded, in order.
 */
public record CaseView(String caseId, String contactId, String decisionId, String childRef, String team,
                       LocalDate openedOn, CaseStatus status, CaseClosure closure, List<ClockView> clocks,
                       List<StepView> history) {

    static CaseView of(StrategyCase strategyCase, Instant now) {
        return new CaseView(strategyCase.caseId(), strategyCase.contactId(), strategyCase.decisionId(),
                strategyCase.childRef(), strategyCase.team(), strategyCase.openedOn(), strategyCase.status(),
                strategyCase.closure(),
                strategyCase.clocks().stream()
                        .map(clock -> new ClockView(clock.clock(), clock.startedOn(), clock.dueOn(), clock.statusAt(now), clock.metOn()))
                        .toList(),
                strategyCase.history().stream().map(StepView::of).toList());
    }
}
