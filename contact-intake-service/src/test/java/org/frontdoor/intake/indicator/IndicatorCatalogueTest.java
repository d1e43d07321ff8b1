package org.frontdoor.intake.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

    /** Domain reference, section 4.1, in its order. */
    private static final List<String> DOMAIN_CODES = List.of(
            "INJURY", "DISCLOSURE_PHYSICAL_ABUSE", "SEXUAL_ABUSE", "SEXUAL_ACTIVITY", "CHILD_SEXUAL_EXPLOITATION",
            "CHILD_CRIMINAL_EXPLOITATION", "TRAFFICKING", "FGM", "RADICALISATION", "PERSON_POSING_RISK",
            "FABRICATED_OR_INDUCED_ILLNESS", "NEGLECT_SEVERE", "NO_APPROPRIATE_CARER", "DOMESTIC_ABUSE",
            "SUICIDE_ATTEMPT_OR_SERIOUS_SELF_HARM", "UNACCOMPANIED_ASYLUM_SEEKING_CHILD", "PARENT_REQUESTS_ACCOMMODATION",
            "DISABILITY_COMPLEX_NEEDS", "PARENTAL_MENTAL_HEALTH", "PARENTAL_SUBSTANCE_MISUSE", "NEGLECT",
            "MISSING_FROM_HOME", "HOMELESS_16_17", "PRE_BIRTH_CONCERN", "PRIVATE_FOSTERING", "HARMFUL_SEXUAL_BEHAVIOUR",
            "YOUNG_CARER_SIGNIFICANT", "PARENTING_CAPACITY_EMERGING", "SCHOOL_ATTENDANCE", "DEVELOPMENTAL_DELAY",
            "BEHAVIOUR_OR_ANTISOCIAL", "EMOTIONAL_WELLBEING", "SUBSTANCE_EXPERIMENTATION", "HOUSING_INSTABILITY",
            "FAMILY_CONFLICT_OR_SEPARATION", "YOUNG_CARER", "ONLINE_SAFETY", "FINANCIAL_HARDSHIP", "UNIVERSAL_ADVICE");

    private final IndicatorCatalogue catalogue = DefaultIndicatorCatalogue.load();

    @Test
    void the_default_catalogue_lists_exactly_the_codes_of_the_domain_reference() {
        assertThat(catalogue.indicators()).extracting(IndicatorDefinition::code).containsExactlyElementsOf(DOMAIN_CODES);
    }

    @Test
    void only_injury_and_domestic_abuse_take_parameters_by_default() {
        assertThat(catalogue.indicators()).filteredOn(indicator -> !indicator.parameters().isEmpty())
                .extracting(IndicatorDefinition::code).containsExactly("INJURY", "DOMESTIC_ABUSE");
        assertThat(catalogue.find("INJURY").orElseThrow().parameters())
                .containsExactly(new ParameterDefinition("explained", ParameterType.BOOLEAN, List.of()));
        assertThat(catalogue.find("DOMESTIC_ABUSE").orElseThrow().parameters())
                .containsExactly(new ParameterDefinition("dashRisk", ParameterType.CHOICE, List.of("STANDARD", "MEDIUM", "HIGH")));
    }

    @Test
    void a_boolean_parameter_reads_only_json_booleans() {
        ParameterDefinition explained = catalogue.find("INJURY").orElseThrow().parameter("explained").orElseThrow();
        assertThat(explained.read(false)).contains("false");
        assertThat(explained.read("false")).isEmpty();
        assertThat(explained.read(0)).isEmpty();
    }

    @Test
    void a_choice_parameter_reads_only_its_values() {
        ParameterDefinition dashRisk = catalogue.find("DOMESTIC_ABUSE").orElseThrow().parameter("dashRisk").orElseThrow();
        assertThat(dashRisk.read("HIGH")).contains("HIGH");
        assertThat(dashRisk.read("high")).isEmpty();
        assertThat(dashRisk.read(true)).isEmpty();
    }

    @Test
    void a_code_cannot_be_defined_twice() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorCatalogue(List.of(
                new IndicatorDefinition("NEGLECT", List.of()), new IndicatorDefinition("NEGLECT", List.of()))));
    }

    @Test
    void a_choice_parameter_needs_its_values() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ParameterDefinition("dashRisk", ParameterType.CHOICE, List.of()));
    }
}
