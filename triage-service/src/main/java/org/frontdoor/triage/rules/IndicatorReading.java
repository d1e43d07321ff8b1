package org.frontdoor.triage.rules;

import java.util.List;

/** The values of one contact indicator's parameters, in the order the rule set declares them. */
record IndicatorReading(List<IndicatorParameter.Value> values) {

    String value(int parameterIndex) {
        return values.get(parameterIndex).value();
    }
}
