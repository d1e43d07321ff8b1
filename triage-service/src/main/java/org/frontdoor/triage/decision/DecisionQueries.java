package org.frontdoor.triage.decision;

import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Reads decisions from the pipeline's own stores. All partitions are local while one instance
 * runs; with several instances a query would be routed to the instance owning the contact's
 * partition (not built yet, recorded in docs/decisions).
 */
@Component
class DecisionQueries {

    private final StreamsBuilderFactoryBean streams;

    DecisionQueries(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    List<DecisionView> forContact(String contactId) {
        ContactDecisions decisions = store(DecisionStores.CONTACT_DECISIONS, ContactDecisions.class).get(contactId);
        return decisions == null ? List.of() : decisions.decisions();
    }

    Optional<DecisionView> byId(String decisionId) {
        String contactId = store(DecisionStores.DECISION_CONTACTS, String.class).get(decisionId);
        if (contactId == null) {
            return Optional.empty();
        }
        ContactDecisions decisions = store(DecisionStores.CONTACT_DECISIONS, ContactDecisions.class).get(contactId);
        return decisions == null ? Optional.empty() : decisions.find(decisionId);
    }

    /** What the processor that owns the decision answered the request, once it has. */
    Optional<AnsweredRequest> answered(String requestKey) {
        return Optional.ofNullable(store(DecisionStores.MANAGEMENT_REQUESTS, AnsweredRequest.class).get(requestKey));
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name, Class<V> values) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw new DecisionsUnavailableException();
        }
        try {
            return kafkaStreams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
        } catch (InvalidStateStoreException restoring) {
            throw new DecisionsUnavailableException();
        }
    }
}
