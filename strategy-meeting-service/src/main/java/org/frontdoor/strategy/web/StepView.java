package org.frontdoor.strategy.web;

import java.time.Instant;
import java.time.LocalDate;

import org.frontdoor.strategy.cases.CaseStep;

/** One recorded step of a case's history as the API shows it. */
public record StepView(CaseStep.Kind kind, LocalDate heldOn, Instant recordedAt, String recordedBy) {

    static StepView of(CaseStep step) {
        return new StepView(step.kind(), step.heldOn(), step.recordedAt(), step.recordedBy());
    }
}
