package org.frontdoor.triage.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.frontdoor.events.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading a rule set, and refusing one that is wrong with a message that names the problem and its place. */
class RuleSetLoaderTest {

    /** A small valid rule set; each invalid case below changes one piece of it. */
    private static final String SMALL = """
            version: test-1
            indicators:
              - code: DOMESTIC_ABUSE
                parameters:
                  dashRisk:
                    values: [STANDARD, MEDIUM, HIGH]
                    whenAbsent: { readAs: MEDIUM, rule: DASH_RISK_NOT_GIVEN, reason: Read as medium. }
                    whenNotRecognised: { readAs: HIGH, rule: DASH_RISK_NOT_RECOGNISED, reason: Read as high. }
                outcomes:
                  - rule: DOMESTIC_ABUSE_HIGH
                    when: { dashRisk: HIGH }
                    level: 4
                    route: STRATEGY_MEETING
                    reason: High risk.
                  - rule: DOMESTIC_ABUSE_OTHER
                    level: 3
                    route: MASH
                    reason: Other risk.
              - code: SCHOOL_ATTENDANCE
                outcomes:
                  - rule: SCHOOL_ATTENDANCE
                    level: 2
                    route: EARLY_HELP
                    reason: School attendance.
            unknownIndicator: { level: 3, route: MASH, reason: Unknown. }
            immediateRisk: { reason: Immediate risk. }
            siblings: { reason: Sibling. }
            nothingOfConcern: { reason: Nothing. }
            escalation:
              maximumRaise: 1
              routeByLevel: { 2: EARLY_HELP, 3: MASH, 4: MASH }
              multipleNeeds: { distinctIndicators: 3, atLevels: [2, 3], reason: Multiple needs. }
              repeatedContacts: { priorContacts: 2, withinDays: 365, reason: Repeated. }
            consent:
              notGiven: { NOT_GIVEN: Refused., NOT_SOUGHT: Not sought. }
              overridden: { NOT_GIVEN: Gone ahead though refused., NOT_SOUGHT: Gone ahead though not sought. }
            reReferral: { routes: [MASH, STRATEGY_MEETING], withinDays: 365, reason: Re-referral. }
            rag: { STRATEGY_MEETING: RED, MASH: { 1: AMBER, 2: AMBER, 3: AMBER, 4: RED }, EARLY_HELP: GREEN, NO_FURTHER_ACTION: GREEN }
            teams: { STRATEGY_MEETING: sm-team, MASH: mash-team, EARLY_HELP: eh-team, NO_FURTHER_ACTION: fd-team }
            """;

    @Test
    void loadsTheDefaultRuleSet() {
        RuleSet ruleSet = RuleSetLoader.loadDefault();

        assertThat(ruleSet.version()).isEqualTo("default-2026.1");
        assertThat(ruleSet).hasToString("RuleSet[default-2026.1, 39 indicators]");
    }

    @Test
    void loadsTheSmallRuleSetUsedBelow() {
        assertThat(load(SMALL).version()).isEqualTo("test-1");
    }

    @Test
    void aLocalAuthorityCanReplaceTheRuleSetWithItsOwnFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("our-rules.yaml");
        Files.writeString(file, SMALL);

        ThresholdRules rules = new ThresholdRules(RuleSetLoader.load(file));
        ChildDecision attendance = rules.decide(AContact.contact().indicator("SCHOOL_ATTENDANCE").build(), Map.of()).get(0);
        ChildDecision neglect = rules.decide(AContact.contact().indicator("NEGLECT").build(), Map.of()).get(0);

        assertThat(attendance.route()).isEqualTo(Route.EARLY_HELP);
        assertThat(attendance.team()).isEqualTo("eh-team");
        assertThat(attendance.rulesetVersion()).isEqualTo("test-1");
        assertThat(Decisions.ruleIds(neglect)).as("NEGLECT is not in this rule set").containsExactly("UNKNOWN_INDICATOR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # case                                     | in the small rule set                 | becomes                                               | the problem reported
            unknown route                              | route: MASH                           | route: MASHH                                          | indicator DOMESTIC_ABUSE > outcomes > outcome 2 > route: 'MASHH' is not a route; expected one of NO_FURTHER_ACTION, EARLY_HELP, MASH, STRATEGY_MEETING
            level above 4                              | level: 2                              | level: 5                                              | indicator SCHOOL_ATTENDANCE > outcomes > outcome 1 > level: 5 is out of range; a level is 1 to 4
            level below 1                              | level: 2                              | level: 0                                              | indicator SCHOOL_ATTENDANCE > outcomes > outcome 1 > level: 0 is out of range; a level is 1 to 4
            level not a number                         | level: 2                              | level: two                                            | indicator SCHOOL_ATTENDANCE > outcomes > outcome 1 > level: must be a whole number (a level is 1 to 4)
            duplicate code                             | code: SCHOOL_ATTENDANCE               | code: DOMESTIC_ABUSE                                  | indicators > indicator 2: duplicate code: indicator DOMESTIC_ABUSE is listed more than once
            blank reason text                          | reason: School attendance.            | reason: ' '                                           | indicator SCHOOL_ATTENDANCE > outcomes > outcome 1 > reason: must be non-blank text
            missing reason text                        | reason: Other risk.                   | ''                                                    | indicator DOMESTIC_ABUSE > outcomes > outcome 2 > reason: is missing
            condition on an unknown parameter          | when: { dashRisk: HIGH }              | when: { dashRisk: HIGH, explained: 'false' }           | indicator DOMESTIC_ABUSE > outcomes > outcome 1 > when > explained: condition on unknown parameter 'explained': it is neither a fact about the child (ageUnderMonths, ageUnderYears, unborn, ageUnknown, notIndependentlyMobile) nor a parameter of DOMESTIC_ABUSE (its parameters are [dashRisk])
            condition on a misspelt child fact         | when: { dashRisk: HIGH }              | when: { ageUnderMonth: 6 }                            | indicator DOMESTIC_ABUSE > outcomes > outcome 1 > when > ageUnderMonth: condition on unknown parameter 'ageUnderMonth'
            condition on an indicator with no params   | level: 2                              | when: { dashRisk: HIGH }\\n        level: 2           | parameter of SCHOOL_ATTENDANCE (it has no parameters)
            no unconditional fallback                  | rule: DOMESTIC_ABUSE_OTHER            | rule: DOMESTIC_ABUSE_OTHER\\n        when: { dashRisk: MEDIUM } | indicator DOMESTIC_ABUSE > outcomes: has no unconditional fallback: the last outcome must have no 'when', so that every child gets an outcome
            an unconditional outcome before the last   | when: { dashRisk: HIGH }              | ''                                                    | indicator DOMESTIC_ABUSE > outcomes > outcome 1: has no 'when', so the outcomes after it can never apply
            when that is not a mapping                 | when: { dashRisk: HIGH }              | when: HIGH                                            | indicator DOMESTIC_ABUSE > outcomes > outcome 1 > when: must be a mapping of conditions
            empty when                                 | when: { dashRisk: HIGH }              | when: {}                                              | indicator DOMESTIC_ABUSE > outcomes > outcome 1 > when: is empty
            condition value the parameter cannot take  | when: { dashRisk: HIGH }              | when: { dashRisk: EXTREME }                           | indicator DOMESTIC_ABUSE > outcomes > outcome 1 > when > dashRisk: 'EXTREME' is not one of the parameter's values [STANDARD, MEDIUM, HIGH]
            child fact that is not true or false       | when: { dashRisk: HIGH }              | when: { unborn: 'yes' }                               | indicator DOMESTIC_ABUSE > outcomes > outcome 1 > when > unborn: must be true or false
            age that is not a number                   | when: { dashRisk: HIGH }              | when: { ageUnderYears: one }                          | indicator DOMESTIC_ABUSE > outcomes > outcome 1 > when > ageUnderYears: must be a whole number (a number of years from 1 to 18)
            assumed value the parameter cannot take    | readAs: HIGH                          | readAs: SEVERE                                        | indicator DOMESTIC_ABUSE > parameters > dashRisk > whenNotRecognised > readAs: 'SEVERE' is not one of the parameter's values [STANDARD, MEDIUM, HIGH]
            a parameter without an absent reading      | whenAbsent: { readAs: MEDIUM, rule: DASH_RISK_NOT_GIVEN, reason: Read as medium. } | ''             | indicator DOMESTIC_ABUSE > parameters > dashRisk > whenAbsent: is missing
            a parameter value listed twice             | values: [STANDARD, MEDIUM, HIGH]      | values: [STANDARD, MEDIUM, HIGH, high]                | indicator DOMESTIC_ABUSE > parameters > dashRisk > values > value 4: value 'high' is listed more than once
            a parameter named like a child fact        | dashRisk:\\n        values            | unborn:\\n        values                              | indicator DOMESTIC_ABUSE > parameters > unborn: 'unborn' is a fact about the child and cannot also be a parameter
            misspelt key                               | reason: High risk.                    | reasons: High risk.                                   | indicator DOMESTIC_ABUSE > outcomes > outcome 1: unknown key 'reasons'; expected rule, when, level, route, reason
            unknown top-level key                      | 'teams:'                              | 'colours: {}\\nteams:'                                | unknown key 'colours'; expected version, description, indicators
            missing version                            | version: test-1                       | ''                                                    | version: is missing
            rule id of a combination rule              | rule: SCHOOL_ATTENDANCE               | rule: IMMEDIATE_RISK                                  | indicator SCHOOL_ATTENDANCE > outcomes > outcome 1 > rule: rule id IMMEDIATE_RISK is already used by the combination rules
            rule id of another indicator               | rule: SCHOOL_ATTENDANCE               | rule: DOMESTIC_ABUSE_HIGH                             | indicator SCHOOL_ATTENDANCE > outcomes > outcome 1 > rule: rule id DOMESTIC_ABUSE_HIGH is already used by indicator DOMESTIC_ABUSE
            rule id badly written                      | rule: SCHOOL_ATTENDANCE               | rule: school attendance                               | indicator SCHOOL_ATTENDANCE > outcomes > outcome 1 > rule: rule id 'school attendance' must be capital letters, digits and underscores
            code badly written                         | code: SCHOOL_ATTENDANCE               | code: School attendance                               | indicators > indicator 2 > code: code 'School attendance' must be capital letters, digits and underscores
            no indicators                              | 'indicators:\\n  - code: DOMESTIC_ABUSE' | 'indicators: []\\nunused:\\n  - code: DOMESTIC_ABUSE' | indicators: must be a list with at least one item
            unknown indicator not sent to a worker     | '{ level: 3, route: MASH, reason: Unknown. }' | '{ level: 2, route: EARLY_HELP, reason: Unknown. }' | unknownIndicator > route: EARLY_HELP is not allowed: a concern the rule set does not recognise must go to MASH or STRATEGY_MEETING
            escalation routing to a strategy meeting   | '4: MASH }'                           | '4: STRATEGY_MEETING }'                               | escalation > routeByLevel > 4: escalation alone must never route to STRATEGY_MEETING
            escalation route missing for a level       | '3: MASH, 4: MASH }'                  | '3: MASH }'                                           | escalation > routeByLevel: must give a route for each of levels 2, 3 and 4
            escalation route for level 1               | '{ 2: EARLY_HELP'                     | '{ 1: EARLY_HELP, 2: EARLY_HELP'                      | escalation > routeByLevel > 1: escalation reaches only levels 2, 3 and 4
            escalation raising too far                 | maximumRaise: 1                       | maximumRaise: 4                                       | escalation > maximumRaise: 4 is out of range; escalation adds 0 to 3 levels in all
            multiple needs counting level 5            | atLevels: [2, 3]                      | atLevels: [2, 5]                                      | escalation > multipleNeeds > atLevels > level 2: 5 is out of range; a level is 1 to 4
            look-back of no days                       | withinDays: 365, reason: Repeated.    | withinDays: 0, reason: Repeated.                      | escalation > repeatedContacts > withinDays: 0 is out of range; from 1 to 3660 days
            consent reason missing                     | ', NOT_SOUGHT: Not sought.'           | ''                                                    | consent > notGiven > NOT_SOUGHT: is missing
            re-referral on an unknown route            | routes: [MASH, STRATEGY_MEETING]      | routes: [MASH, S47]                                   | reReferral > routes > route 2: 'S47' is not a route
            RAG missing for a route                    | ', NO_FURTHER_ACTION: GREEN }'        | ' }'                                                  | rag > NO_FURTHER_ACTION: is missing
            RAG missing for a level                    | '{ 1: AMBER, 2: AMBER, 3: AMBER, 4: RED }' | '{ 3: AMBER, 4: RED }'                           | rag > MASH > 1: is missing
            RAG that is not a rating                   | 'EARLY_HELP: GREEN,'                  | 'EARLY_HELP: BLUE,'                                   | rag > EARLY_HELP: 'BLUE' is not a RAG rating; expected one of RED, AMBER, GREEN
            team missing for a route                   | ', NO_FURTHER_ACTION: fd-team'        | ''                                                    | teams > NO_FURTHER_ACTION: is missing
            team blank                                 | 'MASH: mash-team'                     | MASH: ''                                              | teams > MASH: must be non-blank text
            """)
    void refusesAnInvalidRuleSetNamingTheProblem(String name, String piece, String replacement, String problem) {
        String yaml = replaceOnce(SMALL, unescape(piece), unescape(replacement));

        InvalidRuleSetException refused = catchThrowableOfType(InvalidRuleSetException.class, () -> load(yaml));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems()).anySatisfy(reported -> assertThat(reported).contains(problem));
        assertThat(refused).hasMessageContaining("Rule set test.yaml is invalid").hasMessageContaining(problem);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String yaml = replaceOnce(replaceOnce(SMALL, "route: MASH\n", "route: MASHH\n"), "level: 2", "level: 7");

        assertThatThrownBy(() -> load(yaml))
                .isInstanceOfSatisfying(InvalidRuleSetException.class, refused -> assertThat(refused.problems()).hasSize(2))
                .hasMessageContaining("'MASHH' is not a route")
                .hasMessageContaining("7 is out of range");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # case                 | document                          | the problem reported
            empty file             | ''                                | the file is empty
            not YAML               | 'version: [test-1'                | it cannot be read as YAML
            a key given twice      | 'version: a\\nversion: b'         | it cannot be read as YAML
            a list, not a mapping  | '- version: a'                    | must be a mapping of version, description, indicators
            """)
    void refusesADocumentThatIsNotARuleSet(String name, String document, String problem) {
        assertThatThrownBy(() -> load(unescape(document)))
                .isInstanceOf(InvalidRuleSetException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void refusesAFileThatCannotBeRead(@TempDir Path folder) {
        Path missing = folder.resolve("missing.yaml");

        assertThatThrownBy(() -> RuleSetLoader.load(missing))
                .isInstanceOf(InvalidRuleSetException.class)
                .hasMessageContaining("missing.yaml is invalid: the file cannot be read");
    }

    @Test
    void refusesAClasspathResourceThatDoesNotExist() {
        assertThatThrownBy(() -> RuleSetLoader.loadResource("rulesets/no-such.yaml"))
                .isInstanceOf(InvalidRuleSetException.class)
                .hasMessageContaining("classpath:rulesets/no-such.yaml is invalid")
                .hasMessageContaining("no such resource on the classpath");
    }

    private static RuleSet load(String yaml) {
        return RuleSetLoader.load(new ByteArrayInputStream(yaml.getBytes(UTF_8)), "test.yaml");
    }

    /** The table writes a line break as \n and quotes a value with single quotes when it has spaces at its ends. */
    private static String unescape(String cell) {
        String text = cell.replace("\\n", "\n");
        return text.length() >= 2 && text.startsWith("'") && text.endsWith("'") ? text.substring(1, text.length() - 1) : text;
    }

    private static String replaceOnce(String text, String piece, String replacement) {
        int at = text.indexOf(piece);
        assertThat(at).as("the small rule set contains %s", piece).isNotNegative();
        return text.substring(0, at) + replacement + text.substring(at + piece.length());
    }
}
