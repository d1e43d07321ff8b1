package org.frontdoor.triage.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.frontdoor.events.Route;

/** Reads and checks the indicators of a rule-set document, compiling each outcome's {@code when}. */
final class IndicatorReader {

    /** A parameter as declared, with what a condition needs to test it. */
    private record Declared(int index, IndicatorParameter parameter, Map<String, String> valuesByUpperCase) {
    }

    private final RuleIds ruleIds;
    private int nextOutcomeOrder;

    IndicatorReader(RuleIds ruleIds) {
        this.ruleIds = ruleIds;
    }

    Optional<Indicator> read(DocumentNode node) {
        if (!node.isMappingOf("code", "parameters", "outcomes")) {
            return Optional.empty();
        }
        Optional<String> code = node.field("code").text();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (!RuleIds.isWellFormed(code.get())) {
            node.field("code").problem("code '" + code.get() + "' must be capital letters, digits and underscores");
            return Optional.empty();
        }
        DocumentNode indicator = node.calledInstead("indicator " + code.get());
        Map<String, Optional<Declared>> parameters = parameters(indicator.field("parameters"), code.get());
        List<Outcome> outcomes = outcomes(indicator.field("outcomes"), code.get(), parameters);
        if (outcomes.isEmpty() || parameters.values().stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        List<IndicatorParameter> inOrder = parameters.values().stream()
                .map(declared -> declared.get().parameter())
                .toList();
        return Optional.of(new Indicator(code.get(), inOrder, outcomes));
    }

    /**
     * Each declared parameter by name, in file order; empty for one whose problems were reported,
     * so that conditions on it are not reported again as unknown.
     */
    private Map<String, Optional<Declared>> parameters(DocumentNode node, String code) {
        Map<String, Optional<Declared>> declared = new LinkedHashMap<>();
        if (!node.isPresent()) {
            return declared;
        }
        for (Map.Entry<String, DocumentNode> entry : node.entries()) {
            String name = entry.getKey();
            DocumentNode parameter = entry.getValue();
            declared.put(name, Optional.empty());
            if (ChildCondition.named(name).isPresent()) {
                parameter.problem("'" + name + "' is a fact about the child and cannot also be a parameter");
            } else if (parameter.isMappingOf("values", "whenAbsent", "whenNotRecognised")) {
                Map<String, String> values = values(parameter.field("values"));
                String owner = "parameter " + name + " of " + code;
                Optional<IndicatorParameter.Assumption> absent =
                        assumption(parameter.field("whenAbsent"), values, owner);
                Optional<IndicatorParameter.Assumption> notRecognised =
                        assumption(parameter.field("whenNotRecognised"), values, owner);
                if (!values.isEmpty() && absent.isPresent() && notRecognised.isPresent()) {
                    declared.put(name, Optional.of(new Declared(declared.size() - 1,
                            new IndicatorParameter(name, values, absent.get(), notRecognised.get()), values)));
                }
            }
        }
        return declared;
    }

    /** The allowed values, keyed by their upper case so that a value is recognised whatever its case. */
    private static Map<String, String> values(DocumentNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        for (DocumentNode item : node.items("value")) {
            item.scalar().ifPresent(value -> {
                if (values.putIfAbsent(value.toUpperCase(Locale.ROOT), value) != null) {
                    item.problem("value '" + value + "' is listed more than once");
                }
            });
        }
        return values;
    }

    private Optional<IndicatorParameter.Assumption> assumption(DocumentNode node, Map<String, String> values,
            String owner) {
        if (!node.isMappingOf("readAs", "rule", "reason")) {
            return Optional.empty();
        }
        DocumentNode readAsNode = node.field("readAs");
        Optional<String> readAs = readAsNode.scalar().flatMap(value -> allowed(readAsNode, value, values));
        Optional<String> rule = node.field("rule").text();
        rule.ifPresent(id -> ruleIds.claim(node.field("rule"), id, owner));
        Optional<String> reason = node.field("reason").text();
        if (readAs.isEmpty() || rule.isEmpty() || reason.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IndicatorParameter.Assumption(readAs.get(), new Reason(rule.get(), reason.get())));
    }

    private static Optional<String> allowed(DocumentNode where, String value, Map<String, String> values) {
        String known = values.get(value.toUpperCase(Locale.ROOT));
        if (known == null && !values.isEmpty()) {
            where.problem("'" + value + "' is not one of the parameter's values " + values.values());
        }
        return Optional.ofNullable(known);
    }

    private List<Outcome> outcomes(DocumentNode node, String code, Map<String, Optional<Declared>> parameters) {
        List<DocumentNode> items = node.items("outcome");
        List<Outcome> outcomes = new ArrayList<>(items.size());
        Set<Integer> consulted = new TreeSet<>();
        boolean complete = !items.isEmpty();
        for (int position = 0; position < items.size(); position++) {
            DocumentNode item = items.get(position);
            boolean last = position == items.size() - 1;
            boolean conditional = item.isPresent() && item.field("when").isPresent();
            if (last && conditional) {
                node.problem("has no unconditional fallback: the last outcome must have no 'when', "
                        + "so that every child gets an outcome");
            } else if (!last && !conditional) {
                item.problem("has no 'when', so the outcomes after it can never apply; "
                        + "only the last outcome may have no 'when'");
            }
            Optional<Outcome> outcome = outcome(item, code, parameters, consulted);
            outcome.ifPresent(outcomes::add);
            complete &= outcome.isPresent();
        }
        return complete ? outcomes : List.of();
    }

    private Optional<Outcome> outcome(DocumentNode node, String code, Map<String, Optional<Declared>> parameters,
            Set<Integer> consulted) {
        int order = nextOutcomeOrder++;
        if (!node.isMappingOf("rule", "when", "level", "route", "reason")) {
            return Optional.empty();
        }
        Optional<String> rule = node.field("rule").text();
        rule.ifPresent(id -> ruleIds.claim(node.field("rule"), id, "indicator " + code));
        Optional<ThresholdLevel> level = node.field("level").level();
        Optional<Route> route = node.field("route").oneOf(Route.class, "a route");
        Optional<String> reason = node.field("reason").text();
        DocumentNode when = node.field("when");
        Optional<Condition> condition = when.isPresent()
                ? when(when, code, parameters, consulted)
                : Optional.of(Condition.always());
        if (rule.isEmpty() || level.isEmpty() || route.isEmpty() || reason.isEmpty() || condition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(new Reason(rule.get(), reason.get()), level.get(), route.get(), condition.get(),
                List.copyOf(consulted), order));
    }

    /** Every entry must hold; each names a fact about the child or one of the indicator's parameters. */
    private static Optional<Condition> when(DocumentNode node, String code, Map<String, Optional<Declared>> parameters,
            Set<Integer> consulted) {
        if (!node.isMapping()) {
            node.problem("must be a mapping of conditions, such as { dashRisk: HIGH }");
            return Optional.empty();
        }
        List<Map.Entry<String, DocumentNode>> entries = node.entries();
        if (entries.isEmpty()) {
            node.problem("is empty; leave 'when' out for the outcome that applies otherwise");
            return Optional.empty();
        }
        List<Condition> conditions = new ArrayList<>(entries.size());
        boolean complete = true;
        for (Map.Entry<String, DocumentNode> entry : entries) {
            Optional<Condition> condition = condition(entry.getKey(), entry.getValue(), code, parameters, consulted);
            condition.ifPresent(conditions::add);
            complete &= condition.isPresent();
        }
        return complete ? Optional.of(Condition.allOf(conditions)) : Optional.empty();
    }

    private static Optional<Condition> condition(String key, DocumentNode value, String code,
            Map<String, Optional<Declared>> parameters, Set<Integer> consulted) {
        Optional<ChildCondition> aboutChild = ChildCondition.named(key);
        if (aboutChild.isPresent()) {
            return aboutChild.get().read(value);
        }
        if (!parameters.containsKey(key)) {
            String declared = parameters.isEmpty()
                    ? "it has no parameters"
                    : "its parameters are " + parameters.keySet();
            value.problem("condition on unknown parameter '" + key + "': it is neither a fact about the child ("
                    + ChildCondition.keys() + ") nor a parameter of " + code + " (" + declared + ")");
            return Optional.empty();
        }
        if (parameters.get(key).isEmpty()) {
            return Optional.empty();
        }
        Declared parameter = parameters.get(key).get();
        consulted.add(parameter.index());
        return value.scalar()
                .flatMap(given -> allowed(value, given, parameter.valuesByUpperCase()))
                .map(wanted -> (child, reading) -> reading.value(parameter.index()).equals(wanted));
    }
}
