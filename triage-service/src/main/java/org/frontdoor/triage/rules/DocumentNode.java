package org.frontdoor.triage.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * A node of a rule-set document together with its place in it, so that every problem is reported
 * where the author can find it, e.g. {@code indicator DOMESTIC_ABUSE > outcome 2 > route}. Problems
 * are collected rather than thrown, so that one run lists everything to fix.
 */
final class DocumentNode {

    private final JsonNode node;
    private final String place;
    private final List<String> problems;

    private DocumentNode(JsonNode node, String place, List<String> problems) {
        this.node = node;
        this.place = place;
        this.problems = problems;
    }

    static DocumentNode root(JsonNode node, List<String> problems) {
        return new DocumentNode(node, "", problems);
    }

    boolean isPresent() {
        return node != null && !node.isMissingNode() && !node.isNull();
    }

    boolean isMapping() {
        return isPresent() && node.isObject();
    }

    DocumentNode field(String name) {
        return new DocumentNode(isPresent() ? node.get(name) : null, within(name), problems);
    }

    /** The same node under a clearer name, such as the indicator code once it is known. */
    DocumentNode calledInstead(String newPlace) {
        return new DocumentNode(node, newPlace, problems);
    }

    void problem(String message) {
        problems.add(place.isEmpty() ? message : place + ": " + message);
    }

    /**
     * True when this is a mapping; reports any key outside {@code allowed}, because a misspelt key
     * would otherwise be silently ignored and the rule it meant would not apply.
     */
    boolean isMappingOf(String... allowed) {
        if (!isPresent()) {
            problem("is missing");
            return false;
        }
        if (!node.isObject()) {
            problem("must be a mapping of " + String.join(", ", allowed));
            return false;
        }
        Set<String> known = Set.of(allowed);
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                problem("unknown key '" + key + "'; expected " + String.join(", ", allowed));
            }
        }
        return true;
    }

    /** The entries of a mapping whose keys are data (codes, routes, levels) rather than a fixed format. */
    List<Map.Entry<String, DocumentNode>> entries() {
        if (!isPresent() || !node.isObject()) {
            problem(isPresent() ? "must be a mapping" : "is missing");
            return List.of();
        }
        return node.properties().stream()
                .map(entry -> Map.entry(entry.getKey(),
                        new DocumentNode(entry.getValue(), within(entry.getKey()), problems)))
                .toList();
    }

    /** The items of a list, each named by what it is and its position from 1. */
    List<DocumentNode> items(String eachCalled) {
        if (!isPresent() || !node.isArray() || node.isEmpty()) {
            problem(isPresent() ? "must be a list with at least one item" : "is missing");
            return List.of();
        }
        List<DocumentNode> items = new ArrayList<>(node.size());
        for (int index = 0; index < node.size(); index++) {
            items.add(new DocumentNode(node.get(index), within(eachCalled + " " + (index + 1)), problems));
        }
        return items;
    }

    /** A sentence or name: a non-blank string. */
    Optional<String> text() {
        if (!isPresent()) {
            problem("is missing");
            return Optional.empty();
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            problem("must be non-blank text");
            return Optional.empty();
        }
        return Optional.of(node.stringValue().strip());
    }

    /** A parameter value, which YAML may have read as a string, a boolean or a number. */
    Optional<String> scalar() {
        if (!isPresent() || !node.isValueNode() || node.asString().isBlank()) {
            problem(isPresent() ? "must be a single value" : "is missing");
            return Optional.empty();
        }
        return Optional.of(node.asString().strip());
    }

    Optional<Boolean> yesOrNo() {
        if (!isPresent() || !node.isBoolean()) {
            problem("must be true or false");
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    OptionalInt wholeNumber(int min, int max, String meaning) {
        if (!isPresent() || !node.isIntegralNumber() || !node.canConvertToInt()) {
            problem(isPresent() ? "must be a whole number (" + meaning + ")" : "is missing");
            return OptionalInt.empty();
        }
        int value = node.intValue();
        if (value < min || value > max) {
            problem(value + " is out of range; " + meaning);
            return OptionalInt.empty();
        }
        return OptionalInt.of(value);
    }

    Optional<ThresholdLevel> level() {
        OptionalInt number = wholeNumber(1, 4, "a level is 1 to 4");
        return number.isPresent() ? Optional.of(ThresholdLevel.of(number.getAsInt())) : Optional.empty();
    }

    <E extends Enum<E>> Optional<E> oneOf(Class<E> type, String what) {
        Optional<String> name = text();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name.get())) {
                return Optional.of(constant);
            }
        }
        problem("'" + name.get() + "' is not " + what + "; expected one of " + namesOf(type));
        return Optional.empty();
    }

    private static <E extends Enum<E>> String namesOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private String within(String name) {
        return place.isEmpty() ? name : place + " > " + name;
    }
}
