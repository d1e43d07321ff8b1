package org.frontdoor.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.events.Route.EARLY_HELP;
import static org.frontdoor.events.Route.MASH;
import static org.frontdoor.events.Route.NO_FURTHER_ACTION;
import static org.frontdoor.events.Route.STRATEGY_MEETING;
import static org.frontdoor.triage.rules.AChild.aged;
import static org.frontdoor.triage.rules.AContact.contact;
import static org.frontdoor.triage.rules.Decisions.decide;
import static org.frontdoor.triage.rules.Decisions.decideOnly;
import static org.frontdoor.triage.rules.Decisions.ruleIds;
import static org.frontdoor.triage.rules.Histories.daysBefore;
import static org.frontdoor.triage.rules.Histories.history;
import static org.frontdoor.triage.rules.Histories.onlyChild;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.frontdoor.events.Consent;
import org.frontdoor.events.Rag;
import org.frontdoor.events.Route;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Domain section 4.2, rule by rule, with the default rule set. Contacts are received on 2026-11-20. */
class CombinationRulesTest {

    @Nested
    class EachChildIsDecidedSeparately {

        @Test
        void anIndicatorNamingOneChildAffectsOnlyThatChild() {
            List<ChildDecision> decisions = decide(contact().child(aged(8)).child(aged(5))
                    .indicatorFor(List.of(1), "NEGLECT"));

            assertThat(decisions).extracting(ChildDecision::childIndex).containsExactly(0, 1);
            assertThat(decisions.get(0).route()).isEqualTo(NO_FURTHER_ACTION);
            assertThat(ruleIds(decisions.get(0))).containsExactly("NOTHING_OF_CONCERN");
            assertThat(decisions.get(1).route()).isEqualTo(MASH);
            assertThat(ruleIds(decisions.get(1))).containsExactly("NEGLECT");
        }

        @Test
        void anIndicatorNamingNoChildAppliesToEveryChild() {
            List<ChildDecision> decisions = decide(contact().child(aged(8)).child(aged(5)).indicator("NEGLECT"));

            assertThat(decisions).extracting(ChildDecision::route).containsExactly(MASH, MASH);
        }

        @Test
        void anIndexNamingNoChildOfTheContactConcernsNobody() {
            List<ChildDecision> decisions = decide(contact().child(aged(8)).indicatorFor(List.of(3), "NEGLECT"));

            assertThat(decisions).singleElement().extracting(ChildDecision::route).isEqualTo(NO_FURTHER_ACTION);
        }

        @Test
        void anAgeConditionUsesEachChildsOwnAge() {
            List<ChildDecision> decisions = decide(contact().child(AChild.bornOn("2026-03-01")).child(aged(8))
                    .indicator("DOMESTIC_ABUSE", "dashRisk=STANDARD"));

            assertThat(ruleIds(decisions.get(0))).containsExactly("DOMESTIC_ABUSE_STANDARD_BABY");
            assertThat(ruleIds(decisions.get(1))).containsExactly("DOMESTIC_ABUSE_STANDARD");
        }

        @Test
        void aContactWithNoChildrenHasNoDecisions() {
            assertThat(decide(contact().withoutChildren())).isEmpty();
        }
    }

    @Nested
    class ImmediateRisk {

        @Test
        void routesEveryChildToAStrategyMeetingEvenWithoutIndicators() {
            List<ChildDecision> decisions = decide(contact().child(aged(8)).child(AChild.unborn()).immediateRisk());

            assertThat(decisions).allSatisfy(decision -> {
                assertThat(decision.level()).isEqualTo(ThresholdLevel.ACUTE);
                assertThat(decision.route()).isEqualTo(STRATEGY_MEETING);
                assertThat(decision.rag()).isEqualTo(Rag.RED);
                assertThat(ruleIds(decision)).containsExactly("IMMEDIATE_RISK");
            });
        }

        @Test
        void keepsTheChildsOwnIndicatorsOnRecord() {
            ChildDecision decision = decideOnly(contact().immediateRisk().indicator("SCHOOL_ATTENDANCE"));

            assertThat(decision.route()).isEqualTo(STRATEGY_MEETING);
            assertThat(ruleIds(decision)).containsExactly("IMMEDIATE_RISK", "SCHOOL_ATTENDANCE");
        }

        @Test
        void isNotEscalatedFurther() {
            ChildDecision decision = decideOnly(contact().immediateRisk()
                    .indicator("SCHOOL_ATTENDANCE").indicator("YOUNG_CARER").indicator("ONLINE_SAFETY"),
                    onlyChild(daysBefore(10, EARLY_HELP), daysBefore(20, EARLY_HELP)));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ACUTE);
            assertThat(ruleIds(decision)).doesNotContain("ESCALATION_MULTIPLE_NEEDS", "ESCALATION_REPEATED_CONTACTS");
        }
    }

    @Nested
    class HighestIndicatorWins {

        @Test
        void theHighestLevelDecides() {
            ChildDecision decision = decideOnly(contact().indicator("SCHOOL_ATTENDANCE").indicator("NEGLECT"));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.COMPLEX);
            assertThat(decision.route()).isEqualTo(MASH);
            assertThat(ruleIds(decision)).containsExactly("NEGLECT", "SCHOOL_ATTENDANCE");
        }

        @Test
        void atTheSameLevelTheMostProtectiveRouteWins() {
            ChildDecision decision = decideOnly(contact()
                    .indicator("SUICIDE_ATTEMPT_OR_SERIOUS_SELF_HARM").indicator("FGM"));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ACUTE);
            assertThat(decision.route()).isEqualTo(STRATEGY_MEETING);
            assertThat(ruleIds(decision)).containsExactly("FGM", "SUICIDE_ATTEMPT_OR_SERIOUS_SELF_HARM");
        }

        @Test
        void aLowerLevelWithAMoreProtectiveRouteDoesNotWin() {
            // Level 4 MASH against level 3 MASH and level 2 early help: level decides first.
            ChildDecision decision = decideOnly(contact().indicator("SCHOOL_ATTENDANCE")
                    .indicator("DISABILITY_COMPLEX_NEEDS").indicator("NEGLECT"));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ACUTE);
            assertThat(decision.route()).isEqualTo(MASH);
        }

        @Test
        void anIndicatorRepeatedInTheContactGivesOneReason() {
            ChildDecision decision = decideOnly(contact().indicator("NEGLECT").indicator("NEGLECT"));

            assertThat(ruleIds(decision)).containsExactly("NEGLECT");
        }

        @Test
        void theSameCodeTwiceWithDifferentGradesTakesTheHigher() {
            ChildDecision decision = decideOnly(contact()
                    .indicator("DOMESTIC_ABUSE", "dashRisk=STANDARD").indicator("DOMESTIC_ABUSE", "dashRisk=HIGH"));

            assertThat(decision.route()).isEqualTo(STRATEGY_MEETING);
            assertThat(ruleIds(decision)).containsExactly("DOMESTIC_ABUSE_HIGH", "DOMESTIC_ABUSE_STANDARD");
        }
    }

    @Nested
    class EscalationForMultipleNeeds {

        @Test
        void threeDistinctLevelTwoIndicatorsRaiseTheLevelByOneAndRouteByLevel() {
            ChildDecision decision = decideOnly(contact()
                    .indicator("SCHOOL_ATTENDANCE").indicator("YOUNG_CARER").indicator("ONLINE_SAFETY"));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.COMPLEX);
            assertThat(decision.route()).isEqualTo(MASH);
            assertThat(decision.rag()).isEqualTo(Rag.AMBER);
            assertThat(ruleIds(decision)).containsExactly(
                    "SCHOOL_ATTENDANCE", "YOUNG_CARER", "ONLINE_SAFETY", "ESCALATION_MULTIPLE_NEEDS");
        }

        @Test
        void twoDistinctIndicatorsAreNotEnough() {
            ChildDecision decision = decideOnly(contact().indicator("SCHOOL_ATTENDANCE").indicator("YOUNG_CARER"));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ADDITIONAL);
            assertThat(decision.route()).isEqualTo(EARLY_HELP);
        }

        @Test
        void theSameIndicatorThreeTimesIsOneNeed() {
            ChildDecision decision = decideOnly(contact()
                    .indicator("SCHOOL_ATTENDANCE").indicator("SCHOOL_ATTENDANCE").indicator("SCHOOL_ATTENDANCE"));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ADDITIONAL);
            assertThat(ruleIds(decision)).containsExactly("SCHOOL_ATTENDANCE");
        }

        @Test
        void levelThreeRaisedToFourRoutesToMashNotAStrategyMeeting() {
            ChildDecision decision = decideOnly(contact()
                    .indicator("NEGLECT").indicator("PARENTAL_MENTAL_HEALTH").indicator("SCHOOL_ATTENDANCE"));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ACUTE);
            assertThat(decision.route()).isEqualTo(MASH);
            assertThat(decision.rag()).isEqualTo(Rag.RED);
        }

        @Test
        void levelOneAndLevelFourIndicatorsDoNotCount() {
            ChildDecision decision = decideOnly(contact().indicator("UNIVERSAL_ADVICE")
                    .indicator("SCHOOL_ATTENDANCE").indicator("YOUNG_CARER"));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ADDITIONAL);
        }

        @Test
        void levelFourStaysFourWithoutAnEscalationReason() {
            ChildDecision decision = decideOnly(contact().indicator("DISABILITY_COMPLEX_NEEDS")
                    .indicator("NEGLECT").indicator("SCHOOL_ATTENDANCE").indicator("YOUNG_CARER"));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ACUTE);
            assertThat(decision.route()).isEqualTo(MASH);
            assertThat(ruleIds(decision)).doesNotContain("ESCALATION_MULTIPLE_NEEDS");
        }

        @Test
        void aStrategyMeetingStaysAStrategyMeeting() {
            ChildDecision decision = decideOnly(contact().indicator("FGM")
                    .indicator("SCHOOL_ATTENDANCE").indicator("YOUNG_CARER").indicator("ONLINE_SAFETY"));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ACUTE);
            assertThat(decision.route()).isEqualTo(STRATEGY_MEETING);
        }

        @Test
        void countsOnlyTheIndicatorsThatApplyToTheChild() {
            List<ChildDecision> decisions = decide(contact().child(aged(8)).child(aged(5))
                    .indicator("SCHOOL_ATTENDANCE").indicator("YOUNG_CARER").indicatorFor(List.of(0), "ONLINE_SAFETY"));

            assertThat(decisions.get(0).level()).isEqualTo(ThresholdLevel.COMPLEX);
            assertThat(decisions.get(1).level()).isEqualTo(ThresholdLevel.ADDITIONAL);
        }
    }

    @Nested
    class EscalationForRepeatedContacts {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                # case                                           | days before, first | days before, second | escalated
                two earlier contacts within the year             | 10                 | 200                 | true
                the older one exactly 365 days before            | 10                 | 365                 | true
                the older one 366 days before                    | 10                 | 366                 | false
                both on the same day as this contact             | 0                  | 0                   | true
                one dated after this contact is not earlier      | 10                 | -1                  | false
                """)
        void theThirdContactInTheYearRaisesTheLevel(String name, int first, int second, boolean escalated) {
            ChildDecision decision = decideOnly(contact().indicator("SCHOOL_ATTENDANCE"),
                    onlyChild(daysBefore(first, NO_FURTHER_ACTION), daysBefore(second, EARLY_HELP)));

            assertThat(decision.level()).isEqualTo(escalated ? ThresholdLevel.COMPLEX : ThresholdLevel.ADDITIONAL);
            assertThat(decision.route()).isEqualTo(escalated ? MASH : EARLY_HELP);
            assertThat(ruleIds(decision).contains("ESCALATION_REPEATED_CONTACTS")).isEqualTo(escalated);
        }

        @Test
        void oneEarlierContactIsNotEnough() {
            ChildDecision decision = decideOnly(contact().indicator("SCHOOL_ATTENDANCE"),
                    onlyChild(daysBefore(10, EARLY_HELP)));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ADDITIONAL);
        }

        @Test
        void universalAdviceOnTheThirdContactBecomesEarlyHelp() {
            ChildDecision decision = decideOnly(contact().indicator("UNIVERSAL_ADVICE"),
                    onlyChild(daysBefore(10, NO_FURTHER_ACTION), daysBefore(20, NO_FURTHER_ACTION)));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ADDITIONAL);
            assertThat(decision.route()).isEqualTo(EARLY_HELP);
            assertThat(ruleIds(decision)).containsExactly("UNIVERSAL_ADVICE", "ESCALATION_REPEATED_CONTACTS");
        }

        @Test
        void aChildWithNothingOfConcernIsNotEscalated() {
            ChildDecision decision = decideOnly(contact(),
                    onlyChild(daysBefore(10, NO_FURTHER_ACTION), daysBefore(20, NO_FURTHER_ACTION)));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.UNIVERSAL);
            assertThat(decision.route()).isEqualTo(NO_FURTHER_ACTION);
            assertThat(ruleIds(decision)).containsExactly("NOTHING_OF_CONCERN");
        }

        @Test
        void usesEachChildsOwnHistory() {
            List<ChildDecision> decisions = decide(contact().child(aged(8)).child(aged(5)).indicator("NEGLECT"),
                    Map.of(1, history(daysBefore(10, MASH), daysBefore(20, MASH))));

            assertThat(decisions.get(0).level()).isEqualTo(ThresholdLevel.COMPLEX);
            assertThat(decisions.get(1).level()).isEqualTo(ThresholdLevel.ACUTE);
            assertThat(decisions.get(1).route()).isEqualTo(MASH);
        }
    }

    @Nested
    class EscalationAtMostOneLevelInAll {

        @Test
        void bothEscalationsTogetherRaiseOneLevelAndBothAreGiven() {
            ChildDecision decision = decideOnly(contact()
                    .indicator("SCHOOL_ATTENDANCE").indicator("YOUNG_CARER").indicator("ONLINE_SAFETY"),
                    onlyChild(daysBefore(10, EARLY_HELP), daysBefore(20, EARLY_HELP)));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.COMPLEX);
            assertThat(decision.route()).isEqualTo(MASH);
            assertThat(ruleIds(decision)).endsWith("ESCALATION_MULTIPLE_NEEDS", "ESCALATION_REPEATED_CONTACTS");
        }

        @Test
        void bothEscalationsFromLevelThreeReachFourAndMash() {
            ChildDecision decision = decideOnly(contact()
                    .indicator("NEGLECT").indicator("MISSING_FROM_HOME").indicator("PARENTAL_SUBSTANCE_MISUSE"),
                    onlyChild(daysBefore(10, MASH), daysBefore(20, MASH)));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ACUTE);
            assertThat(decision.route()).isEqualTo(MASH);
        }
    }

    @Nested
    class Siblings {

        @Test
        void aStrategyMeetingForOneChildTakesEveryChildToIt() {
            List<ChildDecision> decisions = decide(contact().child(AChild.bornOn("2026-09-01")).child(aged(4))
                    .child(aged(9)).indicatorFor(List.of(0), "INJURY", "explained=true")
                    .indicatorFor(List.of(2), "SCHOOL_ATTENDANCE"));

            assertThat(decisions).allSatisfy(decision -> {
                assertThat(decision.level()).isEqualTo(ThresholdLevel.ACUTE);
                assertThat(decision.route()).isEqualTo(STRATEGY_MEETING);
                assertThat(decision.rag()).isEqualTo(Rag.RED);
                assertThat(decision.team()).isEqualTo("assessment-and-safeguarding");
            });
            assertThat(ruleIds(decisions.get(0))).containsExactly("INJURY_NON_MOBILE");
            assertThat(ruleIds(decisions.get(1))).containsExactly("NOTHING_OF_CONCERN", "SIBLING_STRATEGY_MEETING");
            assertThat(ruleIds(decisions.get(2))).containsExactly("SCHOOL_ATTENDANCE", "SIBLING_STRATEGY_MEETING");
        }

        @Test
        void aChildWithItsOwnStrategyMeetingGetsNoSiblingReason() {
            List<ChildDecision> decisions = decide(contact().child(aged(8)).child(aged(5)).indicator("FGM"));

            assertThat(decisions).allSatisfy(decision -> assertThat(ruleIds(decision)).containsExactly("FGM"));
        }

        @Test
        void levelFourMashForOneChildLeavesTheOthersAlone() {
            List<ChildDecision> decisions = decide(contact().child(aged(15)).child(aged(5))
                    .indicatorFor(List.of(0), "SUICIDE_ATTEMPT_OR_SERIOUS_SELF_HARM"));

            assertThat(decisions.get(1).route()).isEqualTo(NO_FURTHER_ACTION);
        }

        @Test
        void escalationToLevelFourForOneChildLeavesTheOthersAlone() {
            List<ChildDecision> decisions = decide(contact().child(aged(15)).child(aged(5))
                    .indicatorFor(List.of(0), "NEGLECT").indicatorFor(List.of(0), "MISSING_FROM_HOME")
                    .indicatorFor(List.of(0), "EMOTIONAL_WELLBEING"));

            assertThat(decisions.get(0).level()).isEqualTo(ThresholdLevel.ACUTE);
            assertThat(decisions.get(0).route()).isEqualTo(MASH);
            assertThat(decisions.get(1).route()).isEqualTo(NO_FURTHER_ACTION);
        }

        @Test
        void aSiblingGoesAheadWithoutConsent() {
            List<ChildDecision> decisions = decide(contact().child(aged(8)).child(aged(5))
                    .indicatorFor(List.of(0), "SEXUAL_ABUSE").indicatorFor(List.of(1), "YOUNG_CARER")
                    .consent(Consent.NOT_GIVEN));

            assertThat(decisions.get(1).route()).isEqualTo(STRATEGY_MEETING);
            assertThat(decisions.get(1).consentOverridden()).isTrue();
            assertThat(ruleIds(decisions.get(1)))
                    .containsExactly("YOUNG_CARER", "SIBLING_STRATEGY_MEETING", "CONSENT_OVERRIDDEN");
        }
    }

    @Nested
    class ConsentToEachRoute {

        @ParameterizedTest(name = "{0} with consent {1}")
        @CsvSource(delimiter = '|', textBlock = """
                # indicator        | consent    | level | route             | overridden | reasons
                UNIVERSAL_ADVICE   | GIVEN      | 1     | NO_FURTHER_ACTION | false      | UNIVERSAL_ADVICE
                UNIVERSAL_ADVICE   | NOT_GIVEN  | 1     | NO_FURTHER_ACTION | false      | UNIVERSAL_ADVICE
                UNIVERSAL_ADVICE   | NOT_SOUGHT | 1     | NO_FURTHER_ACTION | false      | UNIVERSAL_ADVICE
                SCHOOL_ATTENDANCE  | GIVEN      | 2     | EARLY_HELP        | false      | SCHOOL_ATTENDANCE
                SCHOOL_ATTENDANCE  | NOT_GIVEN  | 2     | NO_FURTHER_ACTION | false      | SCHOOL_ATTENDANCE CONSENT_NOT_GIVEN
                SCHOOL_ATTENDANCE  | NOT_SOUGHT | 2     | NO_FURTHER_ACTION | false      | SCHOOL_ATTENDANCE CONSENT_NOT_GIVEN
                NEGLECT            | GIVEN      | 3     | MASH              | false      | NEGLECT
                NEGLECT            | NOT_GIVEN  | 3     | MASH              | true       | NEGLECT CONSENT_OVERRIDDEN
                NEGLECT            | NOT_SOUGHT | 3     | MASH              | true       | NEGLECT CONSENT_OVERRIDDEN
                FGM                | GIVEN      | 4     | STRATEGY_MEETING  | false      | FGM
                FGM                | NOT_GIVEN  | 4     | STRATEGY_MEETING  | true       | FGM CONSENT_OVERRIDDEN
                FGM                | NOT_SOUGHT | 4     | STRATEGY_MEETING  | true       | FGM CONSENT_OVERRIDDEN
                """)
        void earlyHelpNeedsConsentAndTheOtherRoutesGoAheadWithoutIt(String indicator, Consent consent, int level,
                Route route, boolean overridden, String reasons) {
            ChildDecision decision = decideOnly(contact().indicator(indicator).consent(consent));

            assertThat(decision.level().number()).as("level").isEqualTo(level);
            assertThat(decision.route()).as("route").isEqualTo(route);
            assertThat(decision.consentOverridden()).as("consent overridden").isEqualTo(overridden);
            assertThat(ruleIds(decision)).containsExactly(reasons.split(" "));
        }

        @Test
        void nothingOfConcernNeedsNoConsent() {
            ChildDecision decision = decideOnly(contact().consent(Consent.NOT_GIVEN));

            assertThat(decision.route()).isEqualTo(NO_FURTHER_ACTION);
            assertThat(decision.consentOverridden()).isFalse();
            assertThat(ruleIds(decision)).containsExactly("NOTHING_OF_CONCERN");
        }

        @Test
        void earlyHelpReachedByEscalationNeedsConsentToo() {
            ChildDecision decision = decideOnly(contact().indicator("UNIVERSAL_ADVICE").consent(Consent.NOT_SOUGHT),
                    onlyChild(daysBefore(10, NO_FURTHER_ACTION), daysBefore(20, NO_FURTHER_ACTION)));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ADDITIONAL);
            assertThat(decision.route()).isEqualTo(NO_FURTHER_ACTION);
            assertThat(decision.rag()).isEqualTo(Rag.GREEN);
            assertThat(decision.team()).isEqualTo("front-door");
        }

        @Test
        void theReasonSaysWhetherConsentWasRefusedOrNotSought() {
            String refused = decideOnly(contact().indicator("YOUNG_CARER").consent(Consent.NOT_GIVEN)).reasons().get(1).text();
            String notSought = decideOnly(contact().indicator("YOUNG_CARER").consent(Consent.NOT_SOUGHT)).reasons().get(1).text();

            assertThat(refused).contains("did not give");
            assertThat(notSought).contains("not sought");
        }
    }

    @Nested
    class NothingOfConcern {

        @Test
        void noIndicatorsAndNoImmediateRiskIsLevelOneNoFurtherAction() {
            ChildDecision decision = decideOnly(contact());

            assertThat(decision.level()).isEqualTo(ThresholdLevel.UNIVERSAL);
            assertThat(decision.route()).isEqualTo(NO_FURTHER_ACTION);
            assertThat(decision.rag()).isEqualTo(Rag.GREEN);
            assertThat(decision.team()).isEqualTo("front-door");
            assertThat(ruleIds(decision)).containsExactly("NOTHING_OF_CONCERN");
        }
    }

    @Nested
    class ReReferral {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                # case                                     | days before | earlier route     | re-referral
                referred to the MASH 10 days before        | 10          | MASH              | true
                a strategy meeting 10 days before          | 10          | STRATEGY_MEETING  | true
                referred exactly 365 days before           | 365         | MASH              | true
                referred 366 days before                   | 366         | MASH              | false
                early help 10 days before                  | 10          | EARLY_HELP        | false
                no further action 10 days before           | 10          | NO_FURTHER_ACTION | false
                """)
        void flagsAChildReferredInThe365DaysBefore(String name, int daysBefore, Route earlierRoute, boolean reReferral) {
            ChildDecision decision = decideOnly(contact().indicator("NEGLECT"), onlyChild(daysBefore(daysBefore, earlierRoute)));

            assertThat(decision.reReferral()).isEqualTo(reReferral);
            assertThat(ruleIds(decision).contains("RE_REFERRAL")).isEqualTo(reReferral);
        }

        @Test
        void doesNotChangeTheRoute() {
            ChildDecision decision = decideOnly(contact().indicator("UNIVERSAL_ADVICE"), onlyChild(daysBefore(30, STRATEGY_MEETING)));

            assertThat(decision.reReferral()).isTrue();
            assertThat(decision.level()).isEqualTo(ThresholdLevel.UNIVERSAL);
            assertThat(decision.route()).isEqualTo(NO_FURTHER_ACTION);
            assertThat(ruleIds(decision)).containsExactly("UNIVERSAL_ADVICE", "RE_REFERRAL");
        }

        @Test
        void aMissingHistoryMeansNoEarlierContacts() {
            List<ChildDecision> decisions = decide(contact().child(aged(8)).child(aged(5)).indicator("NEGLECT"),
                    Map.of(0, history(daysBefore(30, MASH))));

            assertThat(decisions).extracting(ChildDecision::reReferral).containsExactly(true, false);
        }
    }

    @Nested
    class RagAndTeam {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                # indicator                            | consent   | route             | level | rag   | team
                FGM                                    | GIVEN     | STRATEGY_MEETING  | 4     | RED   | assessment-and-safeguarding
                SUICIDE_ATTEMPT_OR_SERIOUS_SELF_HARM   | GIVEN     | MASH              | 4     | RED   | mash
                NEGLECT                                | GIVEN     | MASH              | 3     | AMBER | mash
                SCHOOL_ATTENDANCE                      | GIVEN     | EARLY_HELP        | 2     | GREEN | early-help
                SCHOOL_ATTENDANCE                      | NOT_GIVEN | NO_FURTHER_ACTION | 2     | GREEN | front-door
                UNIVERSAL_ADVICE                       | GIVEN     | NO_FURTHER_ACTION | 1     | GREEN | front-door
                """)
        void rateAndAssignEachRouteAndLevel(String indicator, Consent consent, Route route, int level, Rag rag, String team) {
            ChildDecision decision = decideOnly(contact().indicator(indicator).consent(consent));

            assertThat(decision.route()).isEqualTo(route);
            assertThat(decision.level().number()).isEqualTo(level);
            assertThat(decision.rag()).isEqualTo(rag);
            assertThat(decision.team()).isEqualTo(team);
            assertThat(decision.rulesetVersion()).isEqualTo("default-2026.1");
        }
    }

    @Nested
    class UnknownIndicator {

        @Test
        void aCodeTheRuleSetDoesNotKnowGoesToTheMashForReview() {
            ChildDecision decision = decideOnly(contact().indicator("NEW_CONCERN_FROM_2027"));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.COMPLEX);
            assertThat(decision.route()).isEqualTo(MASH);
            assertThat(decision.rag()).isEqualTo(Rag.AMBER);
            assertThat(ruleIds(decision)).containsExactly("UNKNOWN_INDICATOR");
        }

        @Test
        void goesAheadWithoutConsentRatherThanEndInNoFurtherAction() {
            ChildDecision decision = decideOnly(contact().indicator("NEW_CONCERN_FROM_2027").consent(Consent.NOT_GIVEN));

            assertThat(decision.route()).isEqualTo(MASH);
            assertThat(decision.consentOverridden()).isTrue();
        }

        @Test
        void neverLowersWhatTheKnownIndicatorsGive() {
            assertThat(decideOnly(contact().indicator("NEW_CONCERN_FROM_2027").indicator("FGM")).route())
                    .isEqualTo(STRATEGY_MEETING);
            assertThat(decideOnly(contact().indicator("NEW_CONCERN_FROM_2027").indicator("DISABILITY_COMPLEX_NEEDS")).level())
                    .isEqualTo(ThresholdLevel.ACUTE);
        }

        @Test
        void raisesEarlyHelpToTheMash() {
            ChildDecision decision = decideOnly(contact().indicator("SCHOOL_ATTENDANCE").indicator("NEW_CONCERN_FROM_2027"));

            assertThat(decision.route()).isEqualTo(MASH);
            assertThat(ruleIds(decision)).containsExactly("UNKNOWN_INDICATOR", "SCHOOL_ATTENDANCE");
        }

        @Test
        void countsAsALevelThreeNeedForMultipleNeeds() {
            ChildDecision decision = decideOnly(contact().indicator("SCHOOL_ATTENDANCE").indicator("YOUNG_CARER")
                    .indicator("NEW_CONCERN_FROM_2027"));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ACUTE);
            assertThat(decision.route()).isEqualTo(MASH);
        }

        @Test
        void affectsOnlyTheChildItNames() {
            List<ChildDecision> decisions = decide(contact().child(aged(8)).child(aged(5))
                    .indicatorFor(List.of(1), "NEW_CONCERN_FROM_2027"));

            assertThat(decisions).extracting(ChildDecision::route).containsExactly(NO_FURTHER_ACTION, MASH);
        }
    }

    @Nested
    class AgesAtTheLondonDate {

        @Test
        void aContactLateInTheUtcDayIsAlreadyTheNextDayInLondonSummerTime() {
            // 23:30 UTC on 30 June is 00:30 on 1 July in London: the baby is exactly 6 months old there.
            ChildDecision decision = decideOnly(contact().receivedAt("2026-06-30T23:30:00Z")
                    .child(AChild.bornOn("2026-01-01")).indicator("INJURY", "explained=true"));

            assertThat(decision.route()).isEqualTo(EARLY_HELP);
        }

        @Test
        void theSameMomentInWinterIsStillTheSameDayInLondon() {
            ChildDecision decision = decideOnly(contact().receivedAt("2026-12-31T23:30:00Z")
                    .child(AChild.bornOn("2026-07-01")).indicator("INJURY", "explained=true"));

            assertThat(decision.route()).isEqualTo(STRATEGY_MEETING);
        }

        @Test
        void theLookBackCountsFromTheLondonDate() {
            // Received on 1 July in London, so 30 June 2025 is 366 days before and no longer counts.
            ChildDecision decision = decideOnly(contact().receivedAt("2026-06-30T23:30:00Z").indicator("NEGLECT"),
                    onlyChild(new PriorContact(LocalDate.of(2025, 6, 30), MASH)));

            assertThat(decision.reReferral()).isFalse();
        }
    }

    @Nested
    class EveryDecisionIsExplained {

        @Test
        void givesEveryRuleThatShapedTheDecisionInAStableOrder() {
            AContact contact = contact().consent(Consent.NOT_SOUGHT)
                    .indicator("SCHOOL_ATTENDANCE").indicator("NEGLECT").indicator("DOMESTIC_ABUSE").indicator("HOUSING_INSTABILITY");

            ChildDecision decision = decideOnly(contact, onlyChild(daysBefore(40, MASH), daysBefore(300, EARLY_HELP)));

            assertThat(decision.level()).isEqualTo(ThresholdLevel.ACUTE);
            assertThat(decision.route()).isEqualTo(MASH);
            assertThat(decision.rag()).isEqualTo(Rag.RED);
            assertThat(decision.reReferral()).isTrue();
            assertThat(decision.consentOverridden()).isTrue();
            // Most serious first, ties in rule-set order; then escalation, consent and re-referral.
            assertThat(ruleIds(decision)).containsExactly(
                    "DOMESTIC_ABUSE_MEDIUM", "DASH_RISK_NOT_GIVEN", "NEGLECT", "SCHOOL_ATTENDANCE", "HOUSING_INSTABILITY",
                    "ESCALATION_MULTIPLE_NEEDS", "ESCALATION_REPEATED_CONTACTS", "CONSENT_OVERRIDDEN", "RE_REFERRAL");
            assertThat(decision.rulesetVersion()).isEqualTo("default-2026.1");
        }

        @Test
        void theOrderOfIndicatorsInTheContactDoesNotMatter() {
            ChildDecision one = decideOnly(contact().indicator("YOUNG_CARER").indicator("FGM").indicator("NEGLECT")
                    .indicator("DOMESTIC_ABUSE", "dashRisk=STANDARD"));
            ChildDecision other = decideOnly(contact().indicator("DOMESTIC_ABUSE", "dashRisk=STANDARD")
                    .indicator("NEGLECT").indicator("FGM").indicator("YOUNG_CARER"));

            assertThat(other).isEqualTo(one);
            assertThat(ruleIds(one)).containsExactly("FGM", "NEGLECT", "DOMESTIC_ABUSE_STANDARD", "YOUNG_CARER");
        }

        @Test
        void theSameFactsGiveTheSameDecisions() {
            AContact contact = contact().child(aged(8)).child(AChild.unborn()).child(AChild.ageUnknown())
                    .indicator("PARENTING_CAPACITY_EMERGING").indicatorFor(List.of(2), "SEXUAL_ACTIVITY")
                    .consent(Consent.NOT_GIVEN);
            Map<Integer, ChildHistory> histories = Map.of(0, history(daysBefore(3, EARLY_HELP), daysBefore(4, MASH)));

            assertThat(decide(contact, histories)).isEqualTo(decide(contact, histories));
        }

        @Test
        void everyReasonHasASentence() {
            List<ChildDecision> decisions = decide(contact().child(aged(8)).child(AChild.unborn()).immediateRisk()
                    .indicator("INJURY").indicator("NEW_CONCERN_FROM_2027").consent(Consent.NOT_SOUGHT),
                    Map.of(1, history(daysBefore(3, MASH))));

            assertThat(decisions).flatExtracting(ChildDecision::reasons)
                    .allSatisfy(reason -> assertThat(reason.text()).isNotBlank().doesNotContain("\n"));
        }
    }
}
