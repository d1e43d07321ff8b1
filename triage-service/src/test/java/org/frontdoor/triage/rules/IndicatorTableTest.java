package org.frontdoor.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.triage.rules.Decisions.decideOnly;
import static org.frontdoor.triage.rules.Decisions.ruleIds;

import java.util.Arrays;
import java.util.List;

import org.frontdoor.events.Route;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every row and branch of domain section 4.1 with the default rule set: one child, one indicator,
 * consent given and no history, so that the indicator alone decides. The contact is received on
 * 2026-11-20, so a child born 2026-05-20 is exactly 6 months old, 2025-11-20 exactly 1 and
 * 2013-11-20 exactly 13.
 */
class IndicatorTableTest {

    /** Every code of section 4.1. */
    static final List<String> CODES_OF_SECTION_4_1 = List.of(
            "INJURY", "DISCLOSURE_PHYSICAL_ABUSE", "SEXUAL_ABUSE", "SEXUAL_ACTIVITY", "CHILD_SEXUAL_EXPLOITATION",
            "CHILD_CRIMINAL_EXPLOITATION", "TRAFFICKING", "FGM", "RADICALISATION", "PERSON_POSING_RISK",
            "FABRICATED_OR_INDUCED_ILLNESS", "NEGLECT_SEVERE", "NO_APPROPRIATE_CARER", "DOMESTIC_ABUSE",
            "SUICIDE_ATTEMPT_OR_SERIOUS_SELF_HARM", "UNACCOMPANIED_ASYLUM_SEEKING_CHILD", "PARENT_REQUESTS_ACCOMMODATION",
            "DISABILITY_COMPLEX_NEEDS", "PARENTAL_MENTAL_HEALTH", "PARENTAL_SUBSTANCE_MISUSE", "NEGLECT",
            "MISSING_FROM_HOME", "HOMELESS_16_17", "PRE_BIRTH_CONCERN", "PRIVATE_FOSTERING", "HARMFUL_SEXUAL_BEHAVIOUR",
            "YOUNG_CARER_SIGNIFICANT", "PARENTING_CAPACITY_EMERGING", "SCHOOL_ATTENDANCE", "DEVELOPMENTAL_DELAY",
            "BEHAVIOUR_OR_ANTISOCIAL", "EMOTIONAL_WELLBEING", "SUBSTANCE_EXPERIMENTATION", "HOUSING_INSTABILITY",
            "FAMILY_CONFLICT_OR_SEPARATION", "YOUNG_CARER", "ONLINE_SAFETY", "FINANCIAL_HARDSHIP", "UNIVERSAL_ADVICE");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                | child                     | indicator                            | level | route             | reasons
            INJURY, flagged not mobile, explained                  | aged 8, not mobile        | INJURY explained=true                | 4     | STRATEGY_MEETING  | INJURY_NON_MOBILE
            INJURY, flagged not mobile, unexplained                | aged 8, not mobile        | INJURY explained=false               | 4     | STRATEGY_MEETING  | INJURY_NON_MOBILE
            INJURY, flagged not mobile, explanation absent         | aged 8, not mobile        | INJURY                               | 4     | STRATEGY_MEETING  | INJURY_NON_MOBILE
            INJURY, born today, explained                          | born 2026-11-20           | INJURY explained=true                | 4     | STRATEGY_MEETING  | INJURY_NON_MOBILE
            INJURY, one day short of 6 months, explained           | born 2026-05-21           | INJURY explained=true                | 4     | STRATEGY_MEETING  | INJURY_NON_MOBILE
            INJURY, exactly 6 months, explained                    | born 2026-05-20           | INJURY explained=true                | 2     | EARLY_HELP        | INJURY_EXPLAINED
            INJURY, exactly 6 months, unexplained                  | born 2026-05-20           | INJURY explained=false               | 4     | STRATEGY_MEETING  | INJURY_UNEXPLAINED
            INJURY, unborn, explained                              | unborn                    | INJURY explained=true                | 4     | STRATEGY_MEETING  | INJURY_NON_MOBILE
            INJURY, age unknown, explained                         | age unknown               | INJURY explained=true                | 2     | EARLY_HELP        | INJURY_EXPLAINED
            INJURY, age unknown, unexplained                       | age unknown               | INJURY explained=false               | 4     | STRATEGY_MEETING  | INJURY_UNEXPLAINED
            INJURY, aged 8, unexplained                            | aged 8                    | INJURY explained=false               | 4     | STRATEGY_MEETING  | INJURY_UNEXPLAINED
            INJURY, aged 8, explained                              | aged 8                    | INJURY explained=true                | 2     | EARLY_HELP        | INJURY_EXPLAINED
            INJURY, aged 8, explained in capitals                  | aged 8                    | INJURY explained=TRUE                | 2     | EARLY_HELP        | INJURY_EXPLAINED
            INJURY, aged 8, explanation absent is unexplained      | aged 8                    | INJURY                               | 4     | STRATEGY_MEETING  | INJURY_UNEXPLAINED INJURY_EXPLANATION_NOT_GIVEN
            INJURY, aged 8, unreadable explanation is unexplained  | aged 8                    | INJURY explained=perhaps             | 4     | STRATEGY_MEETING  | INJURY_UNEXPLAINED INJURY_EXPLANATION_NOT_RECOGNISED
            DISCLOSURE_PHYSICAL_ABUSE                              | aged 8                    | DISCLOSURE_PHYSICAL_ABUSE            | 4     | STRATEGY_MEETING  | DISCLOSURE_PHYSICAL_ABUSE
            SEXUAL_ABUSE                                           | aged 8                    | SEXUAL_ABUSE                         | 4     | STRATEGY_MEETING  | SEXUAL_ABUSE
            SEXUAL_ACTIVITY, aged 12                               | aged 12                   | SEXUAL_ACTIVITY                      | 4     | STRATEGY_MEETING  | SEXUAL_ACTIVITY_UNDER_13
            SEXUAL_ACTIVITY, one day short of 13                   | born 2013-11-21           | SEXUAL_ACTIVITY                      | 4     | STRATEGY_MEETING  | SEXUAL_ACTIVITY_UNDER_13
            SEXUAL_ACTIVITY, exactly 13                            | born 2013-11-20           | SEXUAL_ACTIVITY                      | 3     | MASH              | SEXUAL_ACTIVITY_13_TO_17
            SEXUAL_ACTIVITY, aged 17                               | aged 17                   | SEXUAL_ACTIVITY                      | 3     | MASH              | SEXUAL_ACTIVITY_13_TO_17
            SEXUAL_ACTIVITY, age unknown                           | age unknown               | SEXUAL_ACTIVITY                      | 3     | MASH              | SEXUAL_ACTIVITY_AGE_UNKNOWN
            CHILD_SEXUAL_EXPLOITATION                              | aged 15                   | CHILD_SEXUAL_EXPLOITATION            | 4     | STRATEGY_MEETING  | CHILD_SEXUAL_EXPLOITATION
            CHILD_CRIMINAL_EXPLOITATION                            | aged 15                   | CHILD_CRIMINAL_EXPLOITATION          | 4     | STRATEGY_MEETING  | CHILD_CRIMINAL_EXPLOITATION
            TRAFFICKING                                            | aged 15                   | TRAFFICKING                          | 4     | STRATEGY_MEETING  | TRAFFICKING
            FGM                                                    | aged 8                    | FGM                                  | 4     | STRATEGY_MEETING  | FGM
            RADICALISATION                                         | aged 15                   | RADICALISATION                       | 4     | STRATEGY_MEETING  | RADICALISATION
            PERSON_POSING_RISK                                     | aged 8                    | PERSON_POSING_RISK                   | 4     | STRATEGY_MEETING  | PERSON_POSING_RISK
            FABRICATED_OR_INDUCED_ILLNESS                          | aged 8                    | FABRICATED_OR_INDUCED_ILLNESS        | 4     | STRATEGY_MEETING  | FABRICATED_OR_INDUCED_ILLNESS
            NEGLECT_SEVERE                                         | aged 2                    | NEGLECT_SEVERE                       | 4     | STRATEGY_MEETING  | NEGLECT_SEVERE
            NO_APPROPRIATE_CARER                                   | aged 8                    | NO_APPROPRIATE_CARER                 | 4     | STRATEGY_MEETING  | NO_APPROPRIATE_CARER
            DOMESTIC_ABUSE, HIGH                                   | aged 8                    | DOMESTIC_ABUSE dashRisk=HIGH         | 4     | STRATEGY_MEETING  | DOMESTIC_ABUSE_HIGH
            DOMESTIC_ABUSE, MEDIUM                                 | aged 8                    | DOMESTIC_ABUSE dashRisk=MEDIUM       | 3     | MASH              | DOMESTIC_ABUSE_MEDIUM
            DOMESTIC_ABUSE, risk absent means MEDIUM               | aged 8                    | DOMESTIC_ABUSE                       | 3     | MASH              | DOMESTIC_ABUSE_MEDIUM DASH_RISK_NOT_GIVEN
            DOMESTIC_ABUSE, STANDARD, aged 8                       | aged 8                    | DOMESTIC_ABUSE dashRisk=STANDARD     | 2     | EARLY_HELP        | DOMESTIC_ABUSE_STANDARD
            DOMESTIC_ABUSE, STANDARD, one day short of 1           | born 2025-11-21           | DOMESTIC_ABUSE dashRisk=STANDARD     | 3     | MASH              | DOMESTIC_ABUSE_STANDARD_BABY
            DOMESTIC_ABUSE, STANDARD, exactly 1                    | born 2025-11-20           | DOMESTIC_ABUSE dashRisk=STANDARD     | 2     | EARLY_HELP        | DOMESTIC_ABUSE_STANDARD
            DOMESTIC_ABUSE, STANDARD, unborn                       | unborn                    | DOMESTIC_ABUSE dashRisk=STANDARD     | 3     | MASH              | DOMESTIC_ABUSE_STANDARD_BABY
            DOMESTIC_ABUSE, STANDARD, age unknown                  | age unknown               | DOMESTIC_ABUSE dashRisk=STANDARD     | 2     | EARLY_HELP        | DOMESTIC_ABUSE_STANDARD
            DOMESTIC_ABUSE, HIGH, unborn                           | unborn                    | DOMESTIC_ABUSE dashRisk=HIGH         | 4     | STRATEGY_MEETING  | DOMESTIC_ABUSE_HIGH
            DOMESTIC_ABUSE, lower-case grade                       | aged 8                    | DOMESTIC_ABUSE dashRisk=high         | 4     | STRATEGY_MEETING  | DOMESTIC_ABUSE_HIGH
            DOMESTIC_ABUSE, invalid grade is read as HIGH          | aged 8                    | DOMESTIC_ABUSE dashRisk=EXTREME      | 4     | STRATEGY_MEETING  | DOMESTIC_ABUSE_HIGH DASH_RISK_NOT_RECOGNISED
            SUICIDE_ATTEMPT_OR_SERIOUS_SELF_HARM                   | aged 15                   | SUICIDE_ATTEMPT_OR_SERIOUS_SELF_HARM | 4     | MASH              | SUICIDE_ATTEMPT_OR_SERIOUS_SELF_HARM
            UNACCOMPANIED_ASYLUM_SEEKING_CHILD                     | aged 16                   | UNACCOMPANIED_ASYLUM_SEEKING_CHILD   | 4     | MASH              | UNACCOMPANIED_ASYLUM_SEEKING_CHILD
            PARENT_REQUESTS_ACCOMMODATION                          | aged 14                   | PARENT_REQUESTS_ACCOMMODATION        | 4     | MASH              | PARENT_REQUESTS_ACCOMMODATION
            DISABILITY_COMPLEX_NEEDS                               | aged 6                    | DISABILITY_COMPLEX_NEEDS             | 4     | MASH              | DISABILITY_COMPLEX_NEEDS
            PARENTAL_MENTAL_HEALTH                                 | aged 8                    | PARENTAL_MENTAL_HEALTH               | 3     | MASH              | PARENTAL_MENTAL_HEALTH
            PARENTAL_SUBSTANCE_MISUSE                              | aged 8                    | PARENTAL_SUBSTANCE_MISUSE            | 3     | MASH              | PARENTAL_SUBSTANCE_MISUSE
            NEGLECT                                                | aged 8                    | NEGLECT                              | 3     | MASH              | NEGLECT
            MISSING_FROM_HOME                                      | aged 14                   | MISSING_FROM_HOME                    | 3     | MASH              | MISSING_FROM_HOME
            HOMELESS_16_17                                         | aged 16                   | HOMELESS_16_17                       | 3     | MASH              | HOMELESS_16_17
            PRE_BIRTH_CONCERN                                      | unborn                    | PRE_BIRTH_CONCERN                    | 3     | MASH              | PRE_BIRTH_CONCERN
            PRIVATE_FOSTERING                                      | aged 10                   | PRIVATE_FOSTERING                    | 3     | MASH              | PRIVATE_FOSTERING
            HARMFUL_SEXUAL_BEHAVIOUR                               | aged 12                   | HARMFUL_SEXUAL_BEHAVIOUR             | 3     | MASH              | HARMFUL_SEXUAL_BEHAVIOUR
            YOUNG_CARER_SIGNIFICANT                                | aged 12                   | YOUNG_CARER_SIGNIFICANT              | 3     | MASH              | YOUNG_CARER_SIGNIFICANT
            PARENTING_CAPACITY_EMERGING, aged 8                    | aged 8                    | PARENTING_CAPACITY_EMERGING          | 2     | EARLY_HELP        | PARENTING_CAPACITY_EMERGING
            PARENTING_CAPACITY_EMERGING, one day short of 1        | born 2025-11-21           | PARENTING_CAPACITY_EMERGING          | 3     | MASH              | PARENTING_CAPACITY_EMERGING_BABY
            PARENTING_CAPACITY_EMERGING, exactly 1                 | born 2025-11-20           | PARENTING_CAPACITY_EMERGING          | 2     | EARLY_HELP        | PARENTING_CAPACITY_EMERGING
            PARENTING_CAPACITY_EMERGING, unborn                    | unborn                    | PARENTING_CAPACITY_EMERGING          | 3     | MASH              | PARENTING_CAPACITY_EMERGING_BABY
            PARENTING_CAPACITY_EMERGING, age unknown               | age unknown               | PARENTING_CAPACITY_EMERGING          | 2     | EARLY_HELP        | PARENTING_CAPACITY_EMERGING
            SCHOOL_ATTENDANCE                                      | aged 8                    | SCHOOL_ATTENDANCE                    | 2     | EARLY_HELP        | SCHOOL_ATTENDANCE
            DEVELOPMENTAL_DELAY                                    | aged 3                    | DEVELOPMENTAL_DELAY                  | 2     | EARLY_HELP        | DEVELOPMENTAL_DELAY
            BEHAVIOUR_OR_ANTISOCIAL                                | aged 14                   | BEHAVIOUR_OR_ANTISOCIAL              | 2     | EARLY_HELP        | BEHAVIOUR_OR_ANTISOCIAL
            EMOTIONAL_WELLBEING                                    | aged 14                   | EMOTIONAL_WELLBEING                  | 2     | EARLY_HELP        | EMOTIONAL_WELLBEING
            SUBSTANCE_EXPERIMENTATION                              | aged 15                   | SUBSTANCE_EXPERIMENTATION            | 2     | EARLY_HELP        | SUBSTANCE_EXPERIMENTATION
            HOUSING_INSTABILITY                                    | aged 8                    | HOUSING_INSTABILITY                  | 2     | EARLY_HELP        | HOUSING_INSTABILITY
            FAMILY_CONFLICT_OR_SEPARATION                          | aged 8                    | FAMILY_CONFLICT_OR_SEPARATION        | 2     | EARLY_HELP        | FAMILY_CONFLICT_OR_SEPARATION
            YOUNG_CARER                                            | aged 12                   | YOUNG_CARER                          | 2     | EARLY_HELP        | YOUNG_CARER
            ONLINE_SAFETY                                          | aged 12                   | ONLINE_SAFETY                        | 2     | EARLY_HELP        | ONLINE_SAFETY
            FINANCIAL_HARDSHIP                                     | aged 8                    | FINANCIAL_HARDSHIP                   | 2     | EARLY_HELP        | FINANCIAL_HARDSHIP
            UNIVERSAL_ADVICE                                       | aged 8                    | UNIVERSAL_ADVICE                     | 1     | NO_FURTHER_ACTION | UNIVERSAL_ADVICE
            """)
    void decidesEachIndicatorAsSection4_1Says(String name, String child, String indicator, int level, Route route,
            String reasons) {
        String[] codeAndParameters = indicator.split(" ");
        AContact contact = AContact.contact()
                .child(AChild.described(child))
                .indicator(codeAndParameters[0], Arrays.copyOfRange(codeAndParameters, 1, codeAndParameters.length));

        ChildDecision decision = decideOnly(contact);

        assertThat(decision.level().number()).as("level").isEqualTo(level);
        assertThat(decision.route()).as("route").isEqualTo(route);
        assertThat(ruleIds(decision)).as("reasons").containsExactly(reasons.split(" "));
        assertThat(decision.reasons()).allSatisfy(reason -> assertThat(reason.text()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("CODES_OF_SECTION_4_1")
    void theDefaultRuleSetKnowsEveryCodeOfSection4_1(String code) {
        assertThat(Decisions.DEFAULT.indicator(code)).isNotNull();
    }
}
