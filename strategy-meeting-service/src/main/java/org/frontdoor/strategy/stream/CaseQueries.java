package org.frontdoor.strategy.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.frontdoor.strategy.cases.CaseStatus;
import org.frontdoor.strategy.cases.StrategyCase;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Reads this instance's case stores. With several instances each holds the cases of its own
 * partitions only; the service is run as one instance until queries are routed by partition.
 */
@Component
public class CaseQueries {

    private final StreamsBuilderFactoryBean streams;

    CaseQueries(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    public Optional<StrategyCase> find(String caseId) {
        return Optional.ofNullable(read(StoreNames.CASES, (ReadOnlyKeyValueStore<String, StrategyCase> cases) -> cases.get(caseId)));
    }

    public List<StrategyCase> byContact(String contactId) {
        return byLookup(CaseLookup.contactPrefix(contactId));
    }

    public List<StrategyCase> byStatus(CaseStatus status) {
        return byLookup(CaseLookup.statusPrefix(status));
    }

    private List<StrategyCase> byLookup(String prefix) {
        List<String> caseIds = read(StoreNames.LOOKUP, (ReadOnlyKeyValueStore<String, String> lookup) -> {
            List<String> ids = new ArrayList<>();
            try (KeyValueIterator<String, String> keys = lookup.prefixScan(prefix, new StringSerializer())) {
                keys.forEachRemaining((KeyValue<String, String> entry) -> ids.add(entry.value));
            }
            return ids;
        });
        return caseIds.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    private <K, V, R> R read(String storeName, Function<ReadOnlyKeyValueStore<K, V>, R> query) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null) {
            throw new CasesUnavailable(null);
        }
        try {
            ReadOnlyKeyValueStore<K, V> store = kafkaStreams.store(
                    StoreQueryParameters.fromNameAndType(storeName, QueryableStoreTypes.keyValueStore()));
            return query.apply(store);
        } catch (InvalidStateStoreException e) {
            throw new CasesUnavailable(e);
        }
    }
}
