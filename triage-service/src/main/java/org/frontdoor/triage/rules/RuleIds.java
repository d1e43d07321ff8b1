package org.frontdoor.triage.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rule ids of a rule set while it is read. An id names one rule across reports and years, so
 * it may be shared only by outcomes of the same owner (one indicator's alternative conditions for
 * the same branch), never across indicators nor with a combination rule.
 */
final class RuleIds {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Map<String, String> ownerById = new HashMap<>();

    RuleIds() {
        for (CombinationRule rule : CombinationRule.values()) {
            ownerById.put(rule.ruleId(), "the combination rules");
        }
    }

    static boolean isWellFormed(String id) {
        return FORMAT.matcher(id).matches();
    }

    /** Reports at {@code where} an id that is badly formed or belongs to another owner. */
    void claim(DocumentNode where, String id, String owner) {
        if (!isWellFormed(id)) {
            where.problem("rule id '" + id
                    + "' must be capital letters, digits and underscores, starting with a letter");
            return;
        }
        String existing = ownerById.putIfAbsent(id, owner);
        if (existing != null && !existing.equals(owner)) {
            where.problem("rule id " + id + " is already used by " + existing);
        }
    }
}
