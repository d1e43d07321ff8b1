package org.frontdoor.triage.decision;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.avro.specific.SpecificRecord;
import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.triage.child.ChildContacts;
import org.frontdoor.triage.child.ChildHistoryStores;
import org.frontdoor.triage.child.ChildIdentity;
import org.frontdoor.triage.child.ChildIdentityIndex;
import org.frontdoor.triage.child.ChildSighting;
import org.frontdoor.triage.child.ChildSnapshot;
import org.frontdoor.triage.child.NameEachChild;
import org.frontdoor.triage.child.RecordChildContact;
import org.frontdoor.triage.child.RecordChildRoute;
import org.frontdoor.kafka.TopicLayout;
import org.frontdoor.triage.clock.ContactDecisionClock;
import org.frontdoor.triage.clock.DueAlert;
import org.frontdoor.triage.clock.RaisedAlerts;
import org.frontdoor.triage.rules.RuleSetLoader;
import org.frontdoor.triage.rules.ThresholdRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;

/**
 * The triage pipeline. A contact is split into its children, each recognised through the identity
 * index (every identifier it is known by, as a keyed hash); each child's history is read and
 * extended in the child's own partition; the histories come back to the contact's partition,
 * where the whole contact is decided at once and one decision per child is published. Decided
 * routes, and managers' overrides, flow back into the children's histories.
 *
 * <pre>
 * contacts ─┬──────────────────────────────────────────────────────────────▶ decide ─▶ decisions
 *           └▶ name each child ─▶ by child ─▶ record contact in history ─▶ by contact ─┘     │
 *              (identity index)                   ▲                                          │
 *                                                 └── decisions, management decisions ◀──────┘
 *                                                                                  ▲
 * managers' requests (by contact) ─▶ apply management decision, once ─────────────┘ (and the clock's alerts)
 * </pre>
 *
 * <p>A manager's decision reaches the contact's partition as a request, where the processor that
 * owns the contact's decisions applies it once and publishes it (decision 0014).
 */
@Configuration(proxyBeanMethods = false)
class TriageTopology {

    private static final String[] DECISION_STORES = {DecisionStores.CONTACTS_AWAITING_HISTORY,
            DecisionStores.SNAPSHOTS_AWAITING_CONTACT, DecisionStores.CONTACT_DECISIONS, DecisionStores.DECISION_CONTACTS,
            ContactDecisionClock.DUE_ALERTS};
    private static final String[] MANAGEMENT_STORES = {DecisionStores.CONTACT_DECISIONS, ContactDecisionClock.DUE_ALERTS,
            DecisionStores.MANAGEMENT_REQUESTS};

    @Bean
    ThresholdRules thresholdRules(TriageProperties properties) throws IOException {
        try (InputStream ruleSet = properties.ruleSet().getInputStream()) {
            return new ThresholdRules(RuleSetLoader.load(ruleSet, properties.ruleSet().getDescription()));
        }
    }

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.englandAndWales();
    }

    @Bean
    KStream<String, ChildTriaged> triage(StreamsBuilder builder, ThresholdRules rules, WorkingDayCalendar calendar,
                                         Clock clock, ChildIdentity identity, TriageProperties properties,
                                         TopicLayout topics, RaisedAlerts raisedAlerts,
                                         RecordedManagementDecisions recordedManagement,
                                         ManagementDecisionProperties management) {
        builder.addStateStore(store(ChildIdentityIndex.STORE, Serdes.String()));
        builder.addStateStore(store(ChildHistoryStores.CHILD_CONTACTS, json(ChildContacts.class)));
        builder.addStateStore(store(DecisionStores.CONTACTS_AWAITING_HISTORY, Topics.CONTACTS_RECEIVED.valueSerde()));
        builder.addStateStore(store(DecisionStores.SNAPSHOTS_AWAITING_CONTACT, json(CollectedSnapshots.class)));
        builder.addStateStore(store(DecisionStores.CONTACT_DECISIONS, json(ContactDecisions.class)));
        builder.addStateStore(store(DecisionStores.DECISION_CONTACTS, Serdes.String()));
        builder.addStateStore(store(ContactDecisionClock.DUE_ALERTS, json(DueAlert.class)));
        builder.addStateStore(store(DecisionStores.MANAGEMENT_REQUESTS, json(AnsweredRequest.class)));

        KStream<String, ContactReceived> contacts = builder.stream(Topics.CONTACTS_RECEIVED.name(),
                consumed(Topics.CONTACTS_RECEIVED, "contacts-received"));

        KStream<String, ChildTriaged> decidedOnArrival = contacts.process(
                () -> new TriageStep.ContactArrives(rules, calendar, clock), Named.as("hold-contact"), DECISION_STORES);

        KStream<String, ChildTriaged> decidedOnHistory = contacts
                .selectKey((contactId, contact) -> ChildIdentityIndex.PARTITION_KEY, Named.as("to-identity-index"))
                .repartition(Repartitioned.with(Serdes.String(), Topics.CONTACTS_RECEIVED.valueSerde())
                        .withName("contacts-for-identity-index").withNumberOfPartitions(1))
                .process(() -> new NameEachChild(identity), Named.as("name-each-child"), ChildIdentityIndex.STORE)
                // Partitioned like the decision topics, which feed the same children's histories.
                .repartition(Repartitioned.with(Serdes.String(), json(ChildSighting.class)).withName("children-by-child-ref")
                        .withNumberOfPartitions(topics.partitions()))
                .process(() -> new RecordChildContact(properties.historyRetentionDays()),
                        Named.as("record-child-contact"), ChildHistoryStores.CHILD_CONTACTS)
                // Partitioned like the contacts topic, which feeds the same contacts' decisions.
                .repartition(Repartitioned.with(Serdes.String(), json(ChildSnapshot.class)).withName("child-histories-by-contact")
                        .withNumberOfPartitions(topics.partitions()))
                .process(() -> new TriageStep.HistoryArrives(rules, calendar, clock),
                        Named.as("collect-child-histories"), DECISION_STORES);

        KStream<String, ChildTriaged> decisions = decidedOnArrival.merge(decidedOnHistory, Named.as("decisions"));
        decisions.to(Topics.CHILD_DECISIONS.name(), Produced.with(Topics.CHILD_DECISIONS.keySerde(),
                Topics.CHILD_DECISIONS.valueSerde()).withName("publish-decisions"));

        builder.stream(Topics.CHILD_DECISIONS.name(), consumed(Topics.CHILD_DECISIONS, "decisions-made"))
                .process(() -> new RecordChildRoute<ChildTriaged>(ChildTriaged::getContactId, ChildTriaged::getRoute),
                        Named.as("record-decided-route"), ChildHistoryStores.CHILD_CONTACTS);
        builder.stream(Topics.MANAGEMENT_DECISIONS.name(), consumed(Topics.MANAGEMENT_DECISIONS, "management-decisions-made"))
                .process(() -> new RecordChildRoute<ManagementDecisionRecorded>(ManagementDecisionRecorded::getContactId,
                        ManagementDecisionRecorded::getRoute), Named.as("record-managed-route"), ChildHistoryStores.CHILD_CONTACTS);

        applyManagementDecisions(builder, () -> new ApplyManagementDecision(clock, properties.clockCheckInterval(),
                raisedAlerts, recordedManagement, management.requestsKept()));
        return decisions;
    }

    /**
     * Managers' requests, keyed by contact like the contacts, applied where the contact's decisions
     * are; the stores it uses are the caller's to add.
     */
    static void applyManagementDecisions(StreamsBuilder builder,
                                         ProcessorSupplier<String, RequestedManagementDecision, String, SpecificRecord> apply) {
        KStream<String, SpecificRecord> applied = builder.stream(ManagementRequestTopic.NAME,
                        Consumed.with(Serdes.String(), json(RequestedManagementDecision.class)).withName("management-requests"))
                .process(apply, Named.as("apply-management-decision"), MANAGEMENT_STORES);
        publish(applied, Topics.MANAGEMENT_DECISIONS, "publish-management-decisions");
        publish(applied, Topics.CONTACT_DECISION_ALERTS, "publish-contact-decision-alerts");
    }

    /** Sends the events of one type to their topic. */
    private static <V extends SpecificRecord> void publish(KStream<String, SpecificRecord> events, Topic<V> topic,
                                                           String name) {
        events.flatMapValues(event -> topic.valueType().isInstance(event) ? List.of(topic.valueType().cast(event)) : List.<V>of(),
                        Named.as(name + "-only"))
                .to(topic.name(), Produced.with(topic.keySerde(), topic.valueSerde()).withName(name));
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
