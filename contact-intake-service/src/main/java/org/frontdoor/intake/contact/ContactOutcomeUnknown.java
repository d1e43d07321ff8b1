package org.frontdoor.intake.contact;

import java.util.Optional;

import org.frontdoor.intake.kafka.RecordPosition;

/**
 * Kafka took every record of the contact, was asked to commit them, and did not confirm in time: the
 * commit may still have completed on the broker, so the contact may or may not be recorded. Sent
 * again under the same submission key, it is answered with the contact if the commit completed and
 * recorded once if it did not (see {@link EarlierSubmissions}); sent again without one, it may be
 * recorded twice.
 */
public class ContactOutcomeUnknown extends RuntimeException {

    private final String contactId;
    private final transient Optional<RecordPosition> submissionWrittenAt;

    /**
     * @param contactId           the id the contact has if it was recorded
     * @param submissionWrittenAt where its submission record was written; empty when it has no key
     */
    public ContactOutcomeUnknown(String contactId, Optional<RecordPosition> submissionWrittenAt, Throwable cause) {
        super("Kafka did not confirm the commit of contact " + contactId, cause);
        this.contactId = contactId;
        this.submissionWrittenAt = submissionWrittenAt;
    }

    public String contactId() {
        return contactId;
    }

    public Optional<RecordPosition> submissionWrittenAt() {
        return submissionWrittenAt;
    }

    /** Whether the contact was sent under a submission key, which makes sending it again safe. */
    public boolean underKey() {
        return submissionWrittenAt.isPresent();
    }
}
