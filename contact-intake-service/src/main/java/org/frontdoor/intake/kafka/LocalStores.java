package org.frontdoor.intake.kafka;

import java.util.Optional;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Reads this instance's Kafka Streams state stores. A store is read only while the streams
 * application is RUNNING: while it restores or rebalances, a store may be behind the topics, and an
 * answer from it would be a guess.
 */
@Component
public class LocalStores {

    private final StreamsBuilderFactoryBean streams;

    public LocalStores(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    public <V> Optional<V> find(String storeName, String key) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw new StoresUnavailable();
        }
        try {
            ReadOnlyKeyValueStore<String, V> store = kafkaStreams.store(
                    StoreQueryParameters.fromNameAndType(storeName, QueryableStoreTypes.keyValueStore()));
            return Optional.ofNullable(store.get(key));
        } catch (InvalidStateStoreException e) {
            throw new StoresUnavailable(e);
        }
    }
}
