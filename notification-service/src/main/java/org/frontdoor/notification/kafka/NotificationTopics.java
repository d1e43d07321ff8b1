package org.frontdoor.notification.kafka;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.kafka.TopicLayout;

/**
 * The topics and state stores private to this service. The shared catalogue holds only
 * contracts between services; everything named here is read and written by this service alone.
 */
public final class NotificationTopics {

    private static final String PREFIX = "frontdoor.notifications.";

    /** Managers' subscriptions, keyed by subscriptionId; compacted, a tombstone deletes one. */
    public static final String SUBSCRIPTIONS = PREFIX + "subscriptions";

    /**
     * Each Idempotency-Key a manager created a subscription with, keyed by the manager's subject
     * and the key; compacted, kept for good, so a retry is recognised after any restart.
     */
    public static final String SUBSCRIPTION_REQUESTS = PREFIX + "subscription-requests";

    /** One record per alert and matching subscription, keyed by deliveryId. */
    public static final String DELIVERIES = PREFIX + "deliveries";

    /** Every outcome of every delivery attempt, keyed by deliveryId; compacted to the latest. */
    public static final String DELIVERY_LOG = PREFIX + "delivery-log";

    /** Suffixes of the non-blocking retry topics and the dead-letter topic of {@link #DELIVERIES}. */
    public static final String RETRY_SUFFIX = "-retry";
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    /** The Kafka Streams state stores (each named explicitly, as the ground rules ask). */
    public static final String SUBSCRIPTION_STORE = "subscriptions";
    public static final String SUBSCRIPTION_REQUEST_STORE = "subscription-requests";
    public static final String DELIVERY_LOG_STORE = "delivery-log";
    public static final String RECENT_ALERTS_STORE = "recent-alerts";

    /** The alert topics this service reads, both written by other services. */
    public static final List<Topic<?>> ALERT_SOURCES = List.of(Topics.CONTACT_DECISION_ALERTS, Topics.STRATEGY_CASE_ALERTS);

    private NotificationTopics() {
    }

    /** Where a record of {@code sourceTopic} goes when this service cannot read it. */
    public static String deadLetterTopic(String sourceTopic) {
        return ALERT_SOURCES.stream().filter(topic -> topic.name().equals(sourceTopic)).findFirst()
                .map(topic -> topic.deadLetterTopic(Topics.NOTIFICATION))
                .orElse(sourceTopic + DEAD_LETTER_SUFFIX);
    }

    static List<NewTopic> definitions(TopicLayout layout) {
        return List.of(
                compacted(SUBSCRIPTIONS, layout),
                compacted(SUBSCRIPTION_REQUESTS, layout),
                compacted(DELIVERY_LOG, layout),
                layout.topic(DELIVERIES, Map.of()),
                layout.deadLetterTopic(deadLetterTopic(SUBSCRIPTIONS)),
                layout.deadLetterTopic(deadLetterTopic(SUBSCRIPTION_REQUESTS)),
                layout.deadLetterTopic(deadLetterTopic(DELIVERY_LOG)),
                layout.topic(Topics.CONTACT_DECISION_ALERTS),
                layout.topic(Topics.STRATEGY_CASE_ALERTS),
                layout.deadLetterTopic(Topics.CONTACT_DECISION_ALERTS, Topics.NOTIFICATION),
                layout.deadLetterTopic(Topics.STRATEGY_CASE_ALERTS, Topics.NOTIFICATION));
    }

    private static NewTopic compacted(String name, TopicLayout layout) {
        // The latest record per key is the state: subscriptions and delivery outcomes are kept
        // until deleted, so a restart (or a new instance) rebuilds its stores from the topic.
        return layout.topic(name, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    }
}
