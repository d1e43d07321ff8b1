package org.frontdoor.strategy.figures;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.strategy.clock.ClockRules;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;

/**
 * The figures' stream processing, apart from the case topology and reading only the raw topics,
 * in one sub-topology partitioned by case id:
 *
 * <pre>
 * case events ─────────────────────────────────────▶ case event figures ─┐
 *                                                                        ├─▶ histories, counts, enquiry index
 * alerts (by alert id) ─▶ repartition by case id ──▶ alert figures ──────┘
 * </pre>
 *
 * Every store is persistent and changelogged, and every store, processor and the repartition
 * topic is named, so the topology can change without stranding its state.
 */
final class FiguresTopology {

    /** caseId to the case's history (JSON). */
    static final String HISTORIES = "strategy-figures-histories";
    /** Figure key (see {@link FigureKeys}) to its count in this task's cases. */
    static final String COUNTS = "strategy-figures-counts";
    /** {@code <yyyy-MM>|<caseId>} of each section 47 enquiry, by the month it started, to the caseId. */
    static final String ENQUIRIES = "strategy-figures-enquiries";
    /** {@code <caseId>|<offset>} to a case event read before its case's opening (see {@link EarlyEvents}). */
    static final String EARLY_EVENTS = "strategy-figures-early-events";
    /** The alerts, re-keyed by case id so that they meet their case's events. */
    static final String ALERTS_BY_CASE = "strategy-figures-alerts-by-case";

    private FiguresTopology() {
    }

    /**
     * @param partitions partitions of the alerts repartition topic; must equal those of the case
     *                   events topic, because both feed the same stores
     */
    static Topology build(ClockRules rules, int partitions) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HISTORIES),
                Serdes.String(), historySerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(COUNTS),
                Serdes.String(), Serdes.Long()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ENQUIRIES),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EARLY_EVENTS),
                Serdes.String(), Topics.STRATEGY_CASE_EVENTS.valueSerde()));

        builder.stream(Topics.STRATEGY_CASE_EVENTS.name(), Consumed.with(Topics.STRATEGY_CASE_EVENTS.keySerde(),
                        Topics.STRATEGY_CASE_EVENTS.valueSerde()).withName("figures-case-events-in"))
                .filter((caseId, event) -> event != null, Named.as("figures-case-events-present"))
                .process(() -> new CaseEventFigures(rules), Named.as("figures-from-case-events"), HISTORIES, COUNTS, ENQUIRIES, EARLY_EVENTS);

        builder.stream(Topics.STRATEGY_CASE_ALERTS.name(), Consumed.with(Topics.STRATEGY_CASE_ALERTS.keySerde(),
                        Topics.STRATEGY_CASE_ALERTS.valueSerde()).withName("figures-alerts-in"))
                .filter((alertId, alert) -> alert != null && alert.getCaseId() != null, Named.as("figures-case-alerts"))
                .selectKey((alertId, alert) -> alert.getCaseId(), Named.as("figures-alerts-by-case-id"))
                .repartition(Repartitioned.with(Serdes.String(), Topics.STRATEGY_CASE_ALERTS.valueSerde())
                        .withName(ALERTS_BY_CASE)
                        .withNumberOfPartitions(partitions))
                .process(AlertFigures::new, Named.as("figures-from-alerts"), HISTORIES, COUNTS, ENQUIRIES);
        return builder.build();
    }

    /** Histories are stored as JSON, like the cases: internal state, free of the Avro contracts' evolution rules. */
    static JacksonJsonSerde<CaseHistory> historySerde() {
        return new JacksonJsonSerde<CaseHistory>(CaseHistory.class).noTypeInfo().ignoreTypeHeaders();
    }
}
