package org.frontdoor.intake.idempotency;

import java.util.Optional;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.ContactSubmission;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.kafka.LocalStores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every submission key ever used (Idempotency-Keys and partner agencies' references), with the
 * contact it recorded and that contact's fingerprint: a persistent global table whose changelog is
 * the compacted submissions topic itself.
 *
 * <p>Global, because a global store is restored to the very end of its topic before the streams
 * application reports RUNNING. A partitioned table would restore only what was processed before
 * the restart and catch up afterwards, and a replay arriving in that moment would be missed.
 */
@Component
public class SubmissionStore {

    static final String STORE = "contact-submissions";

    private final LocalStores stores;

    public SubmissionStore(LocalStores stores) {
        this.stores = stores;
    }

    @Autowired
    void materialise(StreamsBuilder builder) {
        builder.globalTable(Topics.CONTACT_SUBMISSIONS.name(),
                Consumed.with(Topics.CONTACT_SUBMISSIONS.keySerde(), Topics.CONTACT_SUBMISSIONS.valueSerde())
                        .withName("contact-submissions-source"),
                Materialized.<String, ContactSubmission, KeyValueStore<Bytes, byte[]>>as(STORE)
                        .withKeySerde(Topics.CONTACT_SUBMISSIONS.keySerde())
                        .withValueSerde(Topics.CONTACT_SUBMISSIONS.valueSerde()));
    }

    /** @throws org.frontdoor.intake.kafka.StoresUnavailable while the store is restoring or rebalancing */
    public Optional<ContactSubmission> find(SubmissionKey key) {
        return stores.find(STORE, key.value());
    }
}
