package org.frontdoor.strategy.cases;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from the facts that cause them, so that reading the same input again always
 * yields the same case and the same event, never a second one.
 */
public final class CaseIds {

    private CaseIds() {
    }

    /** One case per triage decision: the decision id names the child in the contact. */
    public static String caseIdFor(String decisionId) {
        return nameBased("strategy-case:" + decisionId);
    }

    public static String openingEventId(String caseId) {
        return nameBased("case-opened:" + caseId);
    }

    public static String closedAsNotRequiredEventId(String caseId) {
        return nameBased("case-closed-not-required:" + caseId);
    }

    /**
     * The command a practitioner's Idempotency-Key names on a case: the same key on the same case
     * is the same command, after any restart. The unit separator (U+001F) parts the two, and no
     * Idempotency-Key may contain it.
     */
    public static String commandId(String caseId, String idempotencyKey) {
        return nameBased("case-command:" + caseId + "\u001f" + idempotencyKey);
    }

    private static String nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
