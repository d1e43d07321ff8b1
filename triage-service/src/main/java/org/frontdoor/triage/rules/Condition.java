package org.frontdoor.triage.rules;

import java.util.List;

/** One test in an outcome's {@code when}; an outcome applies when all of its conditions hold. */
@FunctionalInterface
interface Condition {

    boolean holds(ChildFacts child, IndicatorReading reading);

    static Condition always() {
        return (child, reading) -> true;
    }

    static Condition allOf(List<Condition> conditions) {
        Condition[] all = conditions.toArray(Condition[]::new);
        return (child, reading) -> {
            for (Condition condition : all) {
                if (!condition.holds(child, reading)) {
                    return false;
                }
            }
            return true;
        };
    }
}
