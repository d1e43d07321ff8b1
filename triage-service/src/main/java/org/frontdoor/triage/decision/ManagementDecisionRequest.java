package org.frontdoor.triage.decision;

import org.frontdoor.events.ManagementOutcome;
import org.frontdoor.events.Route;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A manager confirms a triage decision, or overrides its route with a reason. */
public record ManagementDecisionRequest(@NotNull ManagementOutcome outcome, Route route,
                                        @Size(max = 4000) String reason) {
}
