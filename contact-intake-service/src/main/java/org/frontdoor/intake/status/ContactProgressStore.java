package org.frontdoor.intake.status;

import java.util.Optional;
import java.util.function.BiFunction;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.kafka.LocalStores;
import org.frontdoor.kafka.TopicLayout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The progress of every contact, keyed by contact id: a persistent, changelogged store fed by the
 * contacts received and by triage's child decisions, re-keyed from child to contact.
 *
 * <p>Both inputs must be partitioned alike for a contact's records to meet in one store: the
 * repartition of decisions therefore has exactly as many partitions as the contacts topic is
 * created with ({@code frontdoor.topics.partitions}).
 */
@Component
public class ContactProgressStore {

    static final String STORE = "contact-progress";
    static final String DECISIONS_BY_CONTACT = "child-decisions-by-contact";

    private final LocalStores stores;
    private final TopicLayout topics;

    public ContactProgressStore(LocalStores stores, TopicLayout topics) {
        this.stores = stores;
        this.topics = topics;
    }

    @Autowired
    void materialise(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                ContactProgressSerde.serde()));
        source(builder, Topics.CONTACTS_RECEIVED)
                .process(() -> new Update<ContactReceived>(ContactProgress::with), Named.as("record-contact-received"), STORE);
        source(builder, Topics.CHILD_DECISIONS)
                .filter((childRef, decision) -> decision != null, Named.as("child-decisions-present"))
                .selectKey((childRef, decision) -> decision.getContactId(), Named.as("child-decisions-keyed-by-contact"))
                .repartition(Repartitioned.<String, ChildTriaged>as(DECISIONS_BY_CONTACT)
                        .withKeySerde(Topics.CHILD_DECISIONS.keySerde())
                        .withValueSerde(Topics.CHILD_DECISIONS.valueSerde())
                        .withNumberOfPartitions(topics.partitions()))
                .process(() -> new Update<ChildTriaged>(ContactProgress::with), Named.as("record-child-triaged"), STORE);
    }

    private static <V extends SpecificRecord> KStream<String, V> source(StreamsBuilder builder, Topic<V> topic) {
        return builder.stream(topic.name(), Consumed.with(topic.keySerde(), topic.valueSerde())
                .withName(topic.name() + "-source"));
    }

    /** @throws org.frontdoor.intake.kafka.StoresUnavailable while the store is restoring or rebalancing */
    public Optional<ContactProgress> find(String contactId) {
        return stores.<ContactProgress>find(STORE, contactId).filter(ContactProgress::isReceived);
    }

    /** Folds one record into its contact's progress. */
    private static final class Update<V> implements Processor<String, V, Void, Void> {

        private final BiFunction<ContactProgress, V, ContactProgress> fold;
        private KeyValueStore<String, ContactProgress> store;

        Update(BiFunction<ContactProgress, V, ContactProgress> fold) {
            this.fold = fold;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(STORE);
        }

        @Override
        public void process(Record<String, V> record) {
            if (record.key() == null || record.value() == null) {
                return;
            }
            ContactProgress progress = store.get(record.key());
            store.put(record.key(), fold.apply(progress == null ? ContactProgress.nothingYet(record.key()) : progress,
                    record.value()));
        }
    }
}
