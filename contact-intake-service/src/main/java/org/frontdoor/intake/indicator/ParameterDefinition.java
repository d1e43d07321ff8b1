package org.frontdoor.intake.indicator;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A parameter of an indicator: its name as it appears in the JSON beside {@code code}, its type, and
 * for a {@link ParameterType#CHOICE} the values allowed. Parameters are always optional: an absent
 * parameter has the meaning the rule set gives it (for example DASH risk absent means MEDIUM).
 */
public record ParameterDefinition(String name, ParameterType type, @DefaultValue List<String> values) {

    public ParameterDefinition {
        if (name == null || name.isBlank() || type == null) {
            throw new IllegalArgumentException("An indicator parameter needs a name and a type");
        }
        values = List.copyOf(values);
        if (type == ParameterType.CHOICE && values.isEmpty()) {
            throw new IllegalArgumentException("Choice parameter " + name + " needs its values");
        }
    }

    /**
     * The parameter's value as the event records it, or empty when the JSON value is not of this
     * parameter's type.
     */
    public Optional<String> read(Object jsonValue) {
        return switch (type) {
            case BOOLEAN -> jsonValue instanceof Boolean flag ? Optional.of(flag.toString()) : Optional.empty();
            case CHOICE -> jsonValue instanceof String text && values.contains(text) ? Optional.of(text) : Optional.empty();
        };
    }

    /** What a valid value looks like, for an error message that must not repeat the value sent. */
    public String expectation() {
        return switch (type) {
            case BOOLEAN -> "must be true or false";
            case CHOICE -> "must be one of " + String.join(", ", values);
        };
    }
}
