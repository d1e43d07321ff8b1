package org.frontdoor.triage.rules;

import java.util.List;

import org.frontdoor.events.Route;

/**
 * One level and route an indicator can lead to, and when.
 *
 * @param parametersConsulted indexes of the parameters tested by this outcome's condition or by an
 *     earlier outcome's: their values decided that this outcome was reached, so an assumed value
 *     among them is part of the explanation
 * @param order position in the rule-set file, the last tie-break that keeps reasons in a stable order
 */
record Outcome(Reason reason, ThresholdLevel level, Route route, Condition condition,
        List<Integer> parametersConsulted, int order) {

    Outcome {
        parametersConsulted = List.copyOf(parametersConsulted);
    }
}
