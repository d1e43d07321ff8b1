package org.frontdoor.intake.contact;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.frontdoor.intake.indicator.IndicatorCatalogue;
import org.frontdoor.intake.indicator.IndicatorDefinition;
import org.frontdoor.intake.indicator.ParameterDefinition;

/** The rules for one indicator: a catalogue code, the code's own parameters, and valid child indexes. */
final class IndicatorValidator {

    private final IndicatorCatalogue catalogue;

    IndicatorValidator(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    void validate(String path, IndicatorRequest indicator, int childCount, Violations violations) {
        if (indicator == null) {
            violations.add(path, "is required");
            return;
        }
        if (indicator.code() == null) {
            violations.add(path + ".code", "is required");
        } else {
            Optional<IndicatorDefinition> definition = catalogue.find(indicator.code());
            definition.ifPresentOrElse(
                    known -> validateParameters(path, known, indicator.parameters(), violations),
                    () -> violations.add(path + ".code", "is not an indicator code of the catalogue"));
        }
        validateChildIndexes(path + ".children", indicator.children(), childCount, violations);
    }

    private void validateParameters(String path, IndicatorDefinition definition, Map<String, Object> parameters,
                                    Violations violations) {
        parameters.forEach((name, value) -> {
            Optional<ParameterDefinition> parameter = definition.parameter(name);
            if (parameter.isEmpty()) {
                violations.add(path + "." + name, "is not a parameter of " + definition.code());
            } else if (parameter.get().read(value).isEmpty()) {
                violations.add(path + "." + name, parameter.get().expectation());
            }
        });
    }

    private void validateChildIndexes(String path, List<Integer> indexes, int childCount, Violations violations) {
        if (indexes == null) {
            return;
        }
        if (indexes.isEmpty()) {
            violations.add(path, "must name at least one child, or be left out to apply to every child");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < indexes.size(); i++) {
            Integer index = indexes.get(i);
            String field = path + "[" + i + "]";
            if (index == null || index < 0 || index >= childCount) {
                violations.add(field, childCount == 0 ? "must be the index of a child in children"
                        : "must be the index of a child in children (0 to " + (childCount - 1) + ")");
            } else if (!seen.add(index)) {
                violations.add(field, "names the same child more than once");
            }
        }
    }
}
