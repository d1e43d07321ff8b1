package org.frontdoor.intake.indicator;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The indicator codes a contact may carry and the parameters each takes. It is configuration, not
 * code, so a local authority can add a code without a release; the default in application.yml is
 * exactly the normative list of the domain reference (section 4.1).
 */
@ConfigurationProperties("frontdoor.indicator-catalogue")
public record IndicatorCatalogue(@DefaultValue List<IndicatorDefinition> indicators) {

    public IndicatorCatalogue {
        indicators = List.copyOf(indicators);
        Set<String> codes = new HashSet<>();
        for (IndicatorDefinition indicator : indicators) {
            if (!codes.add(indicator.code())) {
                throw new IllegalArgumentException("Indicator code " + indicator.code() + " is defined more than once");
            }
        }
    }

    public Optional<IndicatorDefinition> find(String code) {
        return indicators.stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }
}
