package org.frontdoor.strategy.figures;

import java.time.LocalDate;

import org.frontdoor.strategy.cases.StrategyCase;

/**
 * One section 47 enquiry in the Annex A list. It names the child by reference only: no name, date
 * of birth or NHS number.
 *
 * @param icpcOn            null when no ICPC has been held (not yet, or not required)
 * @param workingDaysToIcpc null when no ICPC has been held
 * @param icpcInTime        null when no ICPC has been held; otherwise the same judgement as the figures'
 * @param icpcOutcome       null while the conference decision is awaited
 */
public record EnquiryRow(String childRef, String caseId, LocalDate strategyMeetingOn, LocalDate icpcOn,
                         Integer workingDaysToIcpc, Boolean icpcInTime, IcpcDecision.Result icpcOutcome, String team) {

    static EnquiryRow of(CaseHistory history, IcpcTimescale timescale) {
        StrategyCase strategyCase = history.strategyCase();
        IcpcDecision icpc = history.icpc();
        boolean held = icpc != null && icpc.held();
        return new EnquiryRow(strategyCase.childRef(), strategyCase.caseId(), strategyCase.enquiryStartedOn(),
                held ? icpc.heldOn() : null,
                held ? timescale.workingDaysTo(strategyCase.enquiryStartedOn(), icpc.heldOn()) : null,
                held ? history.icpcHeldInTime() : null,
                icpc == null ? null : icpc.result(),
                strategyCase.team());
    }
}
