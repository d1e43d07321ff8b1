package org.frontdoor.triage.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A code of domain section 4.1 compiled from the rule set: its parameters and its ordered outcomes. */
final class Indicator {

    private final String code;
    private final List<IndicatorParameter> parameters;
    private final List<Outcome> outcomes;

    Indicator(String code, List<IndicatorParameter> parameters, List<Outcome> outcomes) {
        this.code = code;
        this.parameters = List.copyOf(parameters);
        this.outcomes = List.copyOf(outcomes);
    }

    String code() {
        return code;
    }

    /** Read once per contact indicator, then assessed for each child it applies to. */
    IndicatorReading read(Map<String, String> given) {
        List<IndicatorParameter.Value> values = new ArrayList<>(parameters.size());
        for (IndicatorParameter parameter : parameters) {
            values.add(parameter.read(given));
        }
        return new IndicatorReading(values);
    }

    /** The first outcome whose condition holds; the loader guarantees the last one always does. */
    Finding assess(ChildFacts child, IndicatorReading reading) {
        for (Outcome outcome : outcomes) {
            if (outcome.condition().holds(child, reading)) {
                return new Finding(code, outcome, assumptionsBehind(outcome, reading));
            }
        }
        throw new IllegalStateException("Indicator " + code + " has no unconditional outcome");
    }

    private static List<Reason> assumptionsBehind(Outcome outcome, IndicatorReading reading) {
        List<Reason> assumptions = new ArrayList<>(0);
        for (int index : outcome.parametersConsulted()) {
            reading.values().get(index).assumption().ifPresent(assumptions::add);
        }
        return assumptions;
    }
}
