package org.frontdoor.intake.partner;

import org.frontdoor.intake.idempotency.SubmissionKey;

/**
 * A partner agency's own reference for one notification: what the notification is recorded under,
 * so the agency's system can send it again safely. References are the agency's own, so two agencies
 * may use the same one.
 */
record AgencyReference(String agency, String reference) implements SubmissionKey {

    /**
     * Separates the parts of the key with a control character, which no Idempotency-Key may contain
     * (those are printable ASCII), nor an agency name: a reference can never be mistaken for a
     * front-door client's key, or one agency's reference for another's.
     */
    private static final char SEPARATOR = '\u001f';

    @Override
    public String value() {
        return "partner" + SEPARATOR + agency + SEPARATOR + reference;
    }

    @Override
    public PartnerReferenceReused conflict() {
        return new PartnerReferenceReused();
    }
}
