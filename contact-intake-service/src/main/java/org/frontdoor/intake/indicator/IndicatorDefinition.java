package org.frontdoor.intake.indicator;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.DefaultValue;

/** One indicator code and the parameters it accepts; a code with no parameters accepts none. */
public record IndicatorDefinition(String code, @DefaultValue List<ParameterDefinition> parameters) {

    public IndicatorDefinition {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("An indicator needs a code");
        }
        parameters = List.copyOf(parameters);
    }

    public Optional<ParameterDefinition> parameter(String name) {
        return parameters.stream().filter(parameter -> parameter.name().equals(name)).findFirst();
    }
}
