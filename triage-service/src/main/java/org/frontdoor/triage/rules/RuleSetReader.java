package org.frontdoor.triage.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.frontdoor.events.Consent;
import org.frontdoor.events.Rag;
import org.frontdoor.events.Route;

import tools.jackson.databind.JsonNode;

/** Reads and checks a whole rule-set document; see RULES.md for its format. */
final class RuleSetReader {

    private static final String[] ROUTES = Arrays.stream(Route.values()).map(Enum::name).toArray(String[]::new);
    private static final String[] LEVEL_KEYS = {"1", "2", "3", "4"};
    private static final Set<ThresholdLevel> LEVELS_ESCALATION_REACHES =
            Set.of(ThresholdLevel.ADDITIONAL, ThresholdLevel.COMPLEX, ThresholdLevel.ACUTE);

    private final List<String> problems = new ArrayList<>();
    private final RuleIds ruleIds = new RuleIds();
    private final DocumentNode root;

    private RuleSetReader(JsonNode document) {
        this.root = DocumentNode.root(document, problems);
    }

    /** The rule set, or an exception naming every problem found. */
    static RuleSet read(JsonNode document, String source) {
        RuleSetReader reader = new RuleSetReader(document);
        Optional<RuleSet> ruleSet = reader.ruleSet();
        if (!reader.problems.isEmpty() || ruleSet.isEmpty()) {
            throw new InvalidRuleSetException(source, reader.problems);
        }
        return ruleSet.get();
    }

    private Optional<RuleSet> ruleSet() {
        if (!root.isMappingOf("version", "description", "indicators", "unknownIndicator", "immediateRisk",
                "siblings", "nothingOfConcern", "escalation", "consent", "reReferral", "rag", "teams")) {
            return Optional.empty();
        }
        Optional<String> version = root.field("version").text();
        if (root.field("description").isPresent()) {
            // Checked but not kept: the description is for the people who maintain the file.
            root.field("description").text();
        }
        List<Indicator> indicators = indicators(root.field("indicators"));
        Optional<Outcome> unknownIndicator = unknownIndicator(root.field("unknownIndicator"));
        Optional<Reason> immediateRisk = reason(root.field("immediateRisk"), CombinationRule.IMMEDIATE_RISK);
        Optional<Reason> siblings = reason(root.field("siblings"), CombinationRule.SIBLING_STRATEGY_MEETING);
        Optional<Reason> nothingOfConcern = reason(root.field("nothingOfConcern"), CombinationRule.NOTHING_OF_CONCERN);
        Optional<Escalation> escalation = escalation(root.field("escalation"));
        Optional<ConsentRule> consent = consent(root.field("consent"));
        Optional<ReReferral> reReferral = reReferral(root.field("reReferral"));
        Optional<RagTable> rag = rag(root.field("rag"));
        Optional<Teams> teams = teams(root.field("teams"));
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleSet(version.orElseThrow(), indicators, unknownIndicator.orElseThrow(),
                new RuleSet.CombinationReasons(immediateRisk.orElseThrow(), siblings.orElseThrow(),
                        nothingOfConcern.orElseThrow()),
                escalation.orElseThrow(), consent.orElseThrow(), reReferral.orElseThrow(), rag.orElseThrow(),
                teams.orElseThrow()));
    }

    private List<Indicator> indicators(DocumentNode node) {
        IndicatorReader reader = new IndicatorReader(ruleIds);
        Set<String> codes = new HashSet<>();
        List<Indicator> indicators = new ArrayList<>();
        for (DocumentNode item : node.items("indicator")) {
            reader.read(item).ifPresent(indicator -> {
                if (codes.add(indicator.code())) {
                    indicators.add(indicator);
                } else {
                    item.problem("duplicate code: indicator " + indicator.code() + " is listed more than once");
                }
            });
        }
        return indicators;
    }

    /** A code the rule set does not know must still reach a social worker whatever the consent: MASH or above. */
    private static Optional<Outcome> unknownIndicator(DocumentNode node) {
        if (!node.isMappingOf("level", "route", "reason")) {
            return Optional.empty();
        }
        Optional<ThresholdLevel> level = node.field("level").level();
        Optional<Route> route = node.field("route").oneOf(Route.class, "a route");
        route.filter(value -> value != Route.MASH && value != Route.STRATEGY_MEETING).ifPresent(value ->
                node.field("route").problem(value + " is not allowed: a concern the rule set does not recognise "
                        + "must go to MASH or STRATEGY_MEETING so that a social worker sees it"));
        Optional<String> reason = node.field("reason").text();
        if (level.isEmpty() || route.isEmpty() || reason.isEmpty()) {
            return Optional.empty();
        }
        // Ordered after every indicator of the file, so among equals its reason comes last.
        return Optional.of(new Outcome(CombinationRule.UNKNOWN_INDICATOR.because(reason.get()), level.get(),
                route.get(), Condition.always(), List.of(), Integer.MAX_VALUE));
    }

    private static Optional<Reason> reason(DocumentNode node, CombinationRule rule) {
        if (!node.isMappingOf("reason")) {
            return Optional.empty();
        }
        return node.field("reason").text().map(rule::because);
    }

    private static Optional<Escalation> escalation(DocumentNode node) {
        if (!node.isMappingOf("maximumRaise", "routeByLevel", "multipleNeeds", "repeatedContacts")) {
            return Optional.empty();
        }
        OptionalInt maximumRaise = node.field("maximumRaise").wholeNumber(0, 3, "escalation adds 0 to 3 levels in all");
        Optional<Map<ThresholdLevel, Route>> routeByLevel = routeByLevel(node.field("routeByLevel"));
        Optional<Escalation.MultipleNeeds> multipleNeeds = multipleNeeds(node.field("multipleNeeds"));
        Optional<Escalation.RepeatedContacts> repeatedContacts = repeatedContacts(node.field("repeatedContacts"));
        if (maximumRaise.isEmpty() || routeByLevel.isEmpty() || multipleNeeds.isEmpty() || repeatedContacts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Escalation(maximumRaise.getAsInt(), routeByLevel.get(), multipleNeeds.get(),
                repeatedContacts.get()));
    }

    /** Escalation alone never starts the section 47 route: that needs an indicator of significant harm. */
    private static Optional<Map<ThresholdLevel, Route>> routeByLevel(DocumentNode node) {
        Map<ThresholdLevel, Route> routes = new EnumMap<>(ThresholdLevel.class);
        for (Map.Entry<String, DocumentNode> entry : node.entries()) {
            Optional<ThresholdLevel> level = levelKey(entry.getKey())
                    .filter(LEVELS_ESCALATION_REACHES::contains);
            if (level.isEmpty()) {
                entry.getValue().problem("escalation reaches only levels 2, 3 and 4");
                continue;
            }
            entry.getValue().oneOf(Route.class, "a route").ifPresent(route -> {
                if (route == Route.STRATEGY_MEETING) {
                    entry.getValue().problem("escalation alone must never route to STRATEGY_MEETING; "
                            + "that needs an indicator of significant harm");
                } else {
                    routes.put(level.get(), route);
                }
            });
        }
        if (node.isPresent() && !routes.keySet().containsAll(LEVELS_ESCALATION_REACHES)) {
            node.problem("must give a route for each of levels 2, 3 and 4");
        }
        return routes.keySet().equals(LEVELS_ESCALATION_REACHES) ? Optional.of(routes) : Optional.empty();
    }

    private static Optional<Escalation.MultipleNeeds> multipleNeeds(DocumentNode node) {
        if (!node.isMappingOf("distinctIndicators", "atLevels", "reason")) {
            return Optional.empty();
        }
        OptionalInt distinct = node.field("distinctIndicators").wholeNumber(1, 50, "from 1 to 50 indicators");
        Set<ThresholdLevel> levels = EnumSet.noneOf(ThresholdLevel.class);
        List<DocumentNode> items = node.field("atLevels").items("level");
        items.forEach(item -> item.level().ifPresent(levels::add));
        Optional<Reason> reason = node.field("reason").text().map(CombinationRule.ESCALATION_MULTIPLE_NEEDS::because);
        if (distinct.isEmpty() || levels.isEmpty() || reason.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Escalation.MultipleNeeds(distinct.getAsInt(), levels, reason.get()));
    }

    private static Optional<Escalation.RepeatedContacts> repeatedContacts(DocumentNode node) {
        if (!node.isMappingOf("priorContacts", "withinDays", "reason")) {
            return Optional.empty();
        }
        OptionalInt prior = node.field("priorContacts").wholeNumber(1, 100, "from 1 to 100 earlier contacts");
        OptionalInt days = node.field("withinDays").wholeNumber(1, 3660, "from 1 to 3660 days");
        Optional<Reason> reason = node.field("reason").text()
                .map(CombinationRule.ESCALATION_REPEATED_CONTACTS::because);
        if (prior.isEmpty() || days.isEmpty() || reason.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Escalation.RepeatedContacts(prior.getAsInt(), new LookBack(days.getAsInt()),
                reason.get()));
    }

    private static Optional<ConsentRule> consent(DocumentNode node) {
        if (!node.isMappingOf("notGiven", "overridden")) {
            return Optional.empty();
        }
        Optional<Map<Consent, Reason>> notGiven =
                byConsentMissing(node.field("notGiven"), CombinationRule.CONSENT_NOT_GIVEN);
        Optional<Map<Consent, Reason>> overridden =
                byConsentMissing(node.field("overridden"), CombinationRule.CONSENT_OVERRIDDEN);
        if (notGiven.isEmpty() || overridden.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ConsentRule(notGiven.get(), overridden.get()));
    }

    /** A sentence for each consent value other than GIVEN. */
    private static Optional<Map<Consent, Reason>> byConsentMissing(DocumentNode node, CombinationRule rule) {
        if (!node.isMappingOf(Consent.NOT_GIVEN.name(), Consent.NOT_SOUGHT.name())) {
            return Optional.empty();
        }
        Map<Consent, Reason> reasons = new EnumMap<>(Consent.class);
        for (Consent consent : List.of(Consent.NOT_GIVEN, Consent.NOT_SOUGHT)) {
            node.field(consent.name()).text().ifPresent(text -> reasons.put(consent, rule.because(text)));
        }
        return reasons.size() == 2 ? Optional.of(reasons) : Optional.empty();
    }

    private static Optional<ReReferral> reReferral(DocumentNode node) {
        if (!node.isMappingOf("routes", "withinDays", "reason")) {
            return Optional.empty();
        }
        Set<Route> routes = EnumSet.noneOf(Route.class);
        List<DocumentNode> items = node.field("routes").items("route");
        items.forEach(item -> item.oneOf(Route.class, "a route").ifPresent(routes::add));
        OptionalInt days = node.field("withinDays").wholeNumber(1, 3660, "from 1 to 3660 days");
        Optional<Reason> reason = node.field("reason").text().map(CombinationRule.RE_REFERRAL::because);
        if (routes.isEmpty() || days.isEmpty() || reason.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReReferral(routes, new LookBack(days.getAsInt()), reason.get()));
    }

    /** Each route has one RAG, or one for each level 1 to 4, so that every decision gets a rating. */
    private static Optional<RagTable> rag(DocumentNode node) {
        Map<Route, List<Rag>> rags = new EnumMap<>(Route.class);
        everyRoute(node).forEach((route, value) -> ragsFromLevelOne(value).ifPresent(list -> rags.put(route, list)));
        return rags.size() == ROUTES.length ? Optional.of(new RagTable(rags)) : Optional.empty();
    }

    private static Optional<List<Rag>> ragsFromLevelOne(DocumentNode node) {
        if (!node.isMapping()) {
            return node.oneOf(Rag.class, "a RAG rating").map(rag -> List.of(rag, rag, rag, rag));
        }
        node.isMappingOf(LEVEL_KEYS);
        List<Rag> rags = new ArrayList<>(LEVEL_KEYS.length);
        for (String level : LEVEL_KEYS) {
            node.field(level).oneOf(Rag.class, "a RAG rating").ifPresent(rags::add);
        }
        return rags.size() == LEVEL_KEYS.length ? Optional.of(List.copyOf(rags)) : Optional.empty();
    }

    private static Optional<Teams> teams(DocumentNode node) {
        Map<Route, String> teams = new EnumMap<>(Route.class);
        everyRoute(node).forEach((route, value) -> value.text().ifPresent(team -> teams.put(route, team)));
        return teams.size() == ROUTES.length ? Optional.of(new Teams(teams)) : Optional.empty();
    }

    /** The value given for each route; a missing route is reported as missing. */
    private static Map<Route, DocumentNode> everyRoute(DocumentNode node) {
        Map<Route, DocumentNode> values = new EnumMap<>(Route.class);
        if (node.isMappingOf(ROUTES)) {
            for (Route route : Route.values()) {
                values.put(route, node.field(route.name()));
            }
        }
        return values;
    }

    private static Optional<ThresholdLevel> levelKey(String key) {
        return Arrays.stream(ThresholdLevel.values())
                .filter(level -> String.valueOf(level.number()).equals(key))
                .findFirst();
    }
}
