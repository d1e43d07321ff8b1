package org.frontdoor.triage.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parameter an indicator carries, such as {@code dashRisk}, with the value to assume when the
 * contact leaves it out or sends a value the rule set does not know. Intake rejects unknown values,
 * but an event from a newer or faulty producer may still carry one, and triage must not fail on it.
 */
final class IndicatorParameter {

    /** A value assumed in place of the one given, and the sentence that tells the social worker so. */
    record Assumption(String readAs, Reason reason) {
    }

    /** A parameter's value for one indicator in one contact; an assumption when it was not read as given. */
    record Value(String value, Optional<Reason> assumption) {
    }

    private final String name;
    private final Map<String, String> valuesByUpperCase;
    private final Value absent;
    private final Value notRecognised;

    IndicatorParameter(String name, Map<String, String> valuesByUpperCase, Assumption whenAbsent,
            Assumption whenNotRecognised) {
        this.name = name;
        this.valuesByUpperCase = Map.copyOf(valuesByUpperCase);
        this.absent = new Value(whenAbsent.readAs(), Optional.of(whenAbsent.reason()));
        this.notRecognised = new Value(whenNotRecognised.readAs(), Optional.of(whenNotRecognised.reason()));
    }

    /** Letter case is ignored: "True" and "high" mean what they say, and are not worth a protective reading. */
    Value read(Map<String, String> given) {
        String raw = given.get(name);
        if (raw == null) {
            return absent;
        }
        String known = valuesByUpperCase.get(raw.trim().toUpperCase(Locale.ROOT));
        return known == null ? notRecognised : new Value(known, Optional.empty());
    }
}
