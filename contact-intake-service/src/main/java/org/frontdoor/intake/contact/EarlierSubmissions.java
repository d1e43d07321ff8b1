package org.frontdoor.intake.contact;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.events.ContactChannel;
import org.frontdoor.events.ContactPartner;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ContactSubmission;
import org.frontdoor.intake.IntakeProperties;
import org.frontdoor.intake.idempotency.SubmissionKey;
import org.frontdoor.intake.idempotency.SubmissionStore;
import org.frontdoor.intake.kafka.RecordPosition;
import org.frontdoor.intake.kafka.TransactionOutcomes;
import org.springframework.stereotype.Component;

/**
 * What a submission key has already recorded: from the contacts this instance has just published,
 * else from the store of every submission, else, when this instance's last attempt under the key
 * ended with a commit Kafka did not confirm, from how that transaction ended.
 *
 * <p>The last is what makes sending a contact again safe after a 503 whose outcome was unknown. The
 * commit may have completed on the broker although the store has not yet seen it; answering from the
 * store alone would record the contact a second time. The attempt is remembered, by where its
 * submission record was written, until Kafka says how its transaction ended. The memory is this
 * instance's and bounded like {@link RecentlyAccepted}: a retry long after, or on another instance,
 * is answered by the store, which by then has seen the commit if there was one.
 */
@Component
public class EarlierSubmissions {

    private final RecentlyAccepted recentlyAccepted;
    private final SubmissionStore store;
    private final TransactionOutcomes outcomes;
    private final ContactMetrics metrics;
    private final Map<String, InDoubt> inDoubt;

    public EarlierSubmissions(RecentlyAccepted recentlyAccepted, SubmissionStore store, TransactionOutcomes outcomes,
                              ContactMetrics metrics, IntakeProperties properties) {
        this.recentlyAccepted = recentlyAccepted;
        this.store = store;
        this.outcomes = outcomes;
        this.metrics = metrics;
        this.inDoubt = Collections.synchronizedMap(bounded(properties.recentlyAccepted()));
    }

    /**
     * Call with the key's lock held (see {@code SubmissionLocks}).
     *
     * @throws ContactOutcomeUnknown while Kafka cannot yet say how an unconfirmed commit under the key ended
     * @throws org.frontdoor.intake.kafka.StoresUnavailable while the store is restoring or rebalancing
     */
    public Optional<ContactSubmission> find(SubmissionKey key) {
        Optional<ContactSubmission> justRecorded = recentlyAccepted.submission(key.value());
        if (justRecorded.isPresent()) {
            return justRecorded;
        }
        Optional<ContactSubmission> stored = store.find(key);
        if (stored.isPresent()) {
            return stored;
        }
        InDoubt doubt = inDoubt.get(key.value());
        return doubt == null ? Optional.empty() : settle(key, doubt);
    }

    /** An attempt under a key whose commit Kafka did not confirm; its submission record was written at {@code at}. */
    public void remember(ContactReceived contact, ContactSubmission submission, RecordPosition at) {
        // Ids and codes only, like RecentlyAccepted: never the contact itself.
        inDoubt.put(submission.getIdempotencyKey(), new InDoubt(submission, Optional.ofNullable(contact.getPartner()),
                contact.getChannel(), contact.getReferralSource(), at));
    }

    private Optional<ContactSubmission> settle(SubmissionKey key, InDoubt doubt) {
        ContactSubmission submission = doubt.submission();
        switch (outcomes.of(doubt.at())) {
            case COMMITTED -> {
                inDoubt.remove(key.value());
                recentlyAccepted.remember(ContactAccepted.received(submission.getContactId(), submission.getReceivedAt()),
                        doubt.partner(), Optional.of(submission));
                metrics.received(doubt.channel(), doubt.referralSource());
                return Optional.of(submission);
            }
            case ABORTED -> {
                inDoubt.remove(key.value());
                return Optional.empty();
            }
            default -> throw new ContactOutcomeUnknown(submission.getContactId(), Optional.of(doubt.at()), null);
        }
    }

    private static Map<String, InDoubt> bounded(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, InDoubt> eldest) {
                return size() > capacity;
            }
        };
    }

    private record InDoubt(ContactSubmission submission, Optional<ContactPartner> partner, ContactChannel channel,
                           String referralSource, RecordPosition at) {
    }
}
