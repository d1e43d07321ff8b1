package org.frontdoor.triage.figures;

import java.time.LocalDate;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;

/**
 * The figures, counted from the raw topics into changelogged tallies. Decisions and managers'
 * decisions are keyed by child, so they already share partitions; alerts are keyed by alert and
 * are brought to their child's partition first. Contacts are counted in their own partition.
 *
 * <pre>
 * contacts received ─────────────────────────────────▶ count contact ───────┐
 * decisions ─────────────────────────────────────────▶ follow decision clock ├─▶ tallies
 * managers' decisions ───────────────────────────────▶ follow decision clock │
 * contact-decision alerts ─▶ by child ─▶ repartition ─▶ follow decision clock ┘
 * </pre>
 */
final class FiguresTopology {

    /** Contact id to the date it was counted on: each contact is counted once. */
    static final String COUNTED_CONTACTS = "figures-counted-contacts";
    /** Decision id to what is known of the decision and its clock. */
    static final String DECISION_CLOCKS = "figures-decision-clocks";
    /** London date of receipt and decision id to decision id: a month's decisions by one prefix scan. */
    static final String DECISIONS_BY_DATE = "figures-decisions-by-date";
    /** The counts behind every figure; see {@link Counted#key()}. */
    static final String TALLIES = "figures-tallies";

    private static final String[] CLOCK_STORES = {DECISION_CLOCKS, DECISIONS_BY_DATE, TALLIES};

    private FiguresTopology() {
    }

    static Topology build(int partitions) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(store(COUNTED_CONTACTS, Serdes.String()));
        builder.addStateStore(store(DECISION_CLOCKS, json(DecisionClock.class)));
        builder.addStateStore(store(DECISIONS_BY_DATE, Serdes.String()));
        builder.addStateStore(store(TALLIES, json(Tally.class)));

        builder.stream(Topics.CONTACTS_RECEIVED.name(), consumed(Topics.CONTACTS_RECEIVED, "figures-contacts-received"))
                .process(CountContact::new, Named.as("count-contact"), COUNTED_CONTACTS, TALLIES);

        builder.stream(Topics.CHILD_DECISIONS.name(), consumed(Topics.CHILD_DECISIONS, "figures-decisions"))
                .process(() -> new FollowDecisionClock<ChildTriaged>(ChildTriaged::getDecisionId, DecisionClock::withTriage),
                        Named.as("follow-decision"), CLOCK_STORES);

        builder.stream(Topics.MANAGEMENT_DECISIONS.name(),
                        consumed(Topics.MANAGEMENT_DECISIONS, "figures-management-decisions"))
                .process(() -> new FollowDecisionClock<ManagementDecisionRecorded>(ManagementDecisionRecorded::getDecisionId,
                        DecisionClock::withManagement), Named.as("follow-management-decision"), CLOCK_STORES);

        KStream<String, TimescaleAlert> alerts = builder.stream(Topics.CONTACT_DECISION_ALERTS.name(),
                consumed(Topics.CONTACT_DECISION_ALERTS, "figures-contact-decision-alerts"));
        // The topic carries only contact-decision alerts, each naming its decision; the filter keeps
        // the figures right should it ever carry another clock's.
        alerts.filter((alertId, alert) -> alert.getClock() == ClockType.CONTACT_DECISION && alert.getDecisionId() != null,
                        Named.as("contact-decision-clocks-only"))
                .selectKey((alertId, alert) -> alert.getChildRef(), Named.as("alert-by-child"))
                // Partitioned like the decision topics, whose decisions these alerts are about.
                .repartition(Repartitioned.with(Serdes.String(), Topics.CONTACT_DECISION_ALERTS.valueSerde())
                        .withName("alerts-by-child-ref").withNumberOfPartitions(partitions))
                .process(() -> new FollowDecisionClock<TimescaleAlert>(TimescaleAlert::getDecisionId, DecisionClock::withAlert),
                        Named.as("follow-alert"), CLOCK_STORES);
        return builder.build();
    }

    static String byDateKey(LocalDate receivedOn, String decisionId) {
        return receivedOn + "|" + decisionId;
    }

    private static <V> StoreBuilder<?> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }

    private static <V extends SpecificRecord> Consumed<String, V> consumed(Topic<V> topic, String name) {
        return Consumed.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }

    private static <T> Serde<T> json(Class<T> type) {
        return new JacksonJsonSerde<T>(type).noTypeInfo().ignoreTypeHeaders();
    }
}
