package org.frontdoor.strategy.stream;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.strategy.cases.StrategyCase;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;

/**
 * The service's stream processing, in one sub-topology partitioned by case id:
 *
 * <pre>
 * child decisions ──┐                                       ┌──▶ case events (CaseOpened, CaseClosed)
 *                   ├─▶ proposals ─▶ repartition by caseId ─▶ proposal keeper
 * mgmt decisions ───┘                                       │          │
 *                                                           │   case stores (cases, due index, lookup, counts)
 * case events ───────────────────────────────────────────▶ case keeper ┘──▶ alerts (due check, wall clock)
 * </pre>
 *
 * Every store is persistent and changelogged, and every store, processor and the repartition
 * topic is named, so the topology can change without stranding its state.
 */
public final class CaseTopology {

    private CaseTopology() {
    }

    public static void build(StreamsBuilder builder, CaseProcessing processing) {
        addStores(builder);
        Serde<StrategyCaseEvent> events = Topics.STRATEGY_CASE_EVENTS.valueSerde();
        TriageProposals proposals = new TriageProposals(processing.overrideTeam());

        KStream<String, StrategyCaseEvent> fromTriage = builder
                .stream(Topics.CHILD_DECISIONS.name(), Consumed.with(Topics.CHILD_DECISIONS.keySerde(),
                        Topics.CHILD_DECISIONS.valueSerde()).withName("child-decisions-in"))
                .flatMap((childRef, decision) -> proposals.fromTriage(decision), Named.as("propose-from-triage"));
        KStream<String, StrategyCaseEvent> fromManagers = builder
                .stream(Topics.MANAGEMENT_DECISIONS.name(), Consumed.with(Topics.MANAGEMENT_DECISIONS.keySerde(),
                        Topics.MANAGEMENT_DECISIONS.valueSerde()).withName("management-decisions-in"))
                .flatMap((childRef, decision) -> proposals.fromManagement(decision), Named.as("propose-from-managers"));

        fromTriage.merge(fromManagers, Named.as("proposals"))
                .repartition(Repartitioned.with(Serdes.String(), events)
                        .withName(StoreNames.PROPOSALS_REPARTITION)
                        .withNumberOfPartitions(processing.partitions()))
                .process(() -> new ProposalKeeper(processing.rules()), Named.as("proposal-keeper"), storeNames())
                .to(Topics.STRATEGY_CASE_EVENTS.name(), Produced.with(Serdes.String(), events).withName("case-events-out"));

        builder.stream(Topics.STRATEGY_CASE_EVENTS.name(), Consumed.with(Serdes.String(), events).withName("case-events-in"))
                .process(() -> new CaseKeeper(processing), Named.as("case-keeper"), storeNames())
                .to(Topics.STRATEGY_CASE_ALERTS.name(), Produced.with(Topics.STRATEGY_CASE_ALERTS.keySerde(),
                        Topics.STRATEGY_CASE_ALERTS.valueSerde()).withName("alerts-out"));
    }

    private static void addStores(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.CASES),
                Serdes.String(), caseSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.DUE_INDEX),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.LOOKUP),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.OPENING_TRACES),
                Serdes.String(), Serdes.String()));
    }

    private static String[] storeNames() {
        return new String[] {StoreNames.CASES, StoreNames.DUE_INDEX, StoreNames.LOOKUP, StoreNames.OPENING_TRACES};
    }

    /** Cases are stored as JSON: readable in the changelog, and free of the Avro contracts' evolution rules. */
    public static Serde<StrategyCase> caseSerde() {
        return new JacksonJsonSerde<StrategyCase>(StrategyCase.class).noTypeInfo().ignoreTypeHeaders();
    }
}
