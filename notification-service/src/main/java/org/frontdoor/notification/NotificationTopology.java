package org.frontdoor.notification;

import java.time.Clock;
import java.util.List;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.notification.alert.AlertStreamProperties;
import org.frontdoor.notification.alert.LiveAlertStream;
import org.frontdoor.notification.alert.RecentAlert;
import org.frontdoor.notification.alert.RecentAlertsProcessor;
import org.frontdoor.notification.delivery.AlertFanOut;
import org.frontdoor.notification.delivery.Delivery;
import org.frontdoor.notification.delivery.DeliveryLogIndexer;
import org.frontdoor.notification.delivery.DeliveryStatus;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.frontdoor.notification.subscription.Subscription;
import org.frontdoor.notification.subscription.SubscriptionRequestRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;

/**
 * The Kafka Streams topology of the service:
 * <ul>
 * <li>global stores of the subscriptions, of the Idempotency-Keys they were created with, and of the
 * delivery log (with its index by subscription), each rebuilt from its compacted topic;</li>
 * <li>alerts from both alert topics into the recent-alerts store and the live stream;</li>
 * <li>alerts fanned out to one delivery per matching subscription, onto the deliveries topic.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class NotificationTopology {

    @Bean
    KStream<String, TimescaleAlert> alerts(StreamsBuilder builder, LiveAlertStream live, AlertStreamProperties stream,
                                           Clock clock) {
        builder.globalTable(NotificationTopics.SUBSCRIPTIONS,
                Consumed.with(Serdes.String(), json(Subscription.class)).withName("subscriptions-source"),
                Materialized.as(NotificationTopics.SUBSCRIPTION_STORE));
        builder.globalTable(NotificationTopics.SUBSCRIPTION_REQUESTS,
                Consumed.with(Serdes.String(), json(SubscriptionRequestRecord.class)).withName("subscription-requests-source"),
                Materialized.as(NotificationTopics.SUBSCRIPTION_REQUEST_STORE));
        // The same store, in the same format, as the global table it was: only the index is new.
        builder.addGlobalStore(Stores.timestampedKeyValueStoreBuilder(
                        Stores.persistentTimestampedKeyValueStore(NotificationTopics.DELIVERY_LOG_STORE), Serdes.String(),
                        json(DeliveryStatus.class)).withLoggingDisabled(),
                NotificationTopics.DELIVERY_LOG,
                Consumed.with(Serdes.String(), json(DeliveryStatus.class)).withName("delivery-log-source"),
                DeliveryLogIndexer::new);
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(NotificationTopics.RECENT_ALERTS_STORE), Serdes.String(), json(RecentAlert.class))
                // Replay reads the store from HTTP threads: without a cache it sees each alert as soon as it is kept.
                .withCachingDisabled());

        Topic<TimescaleAlert> alertTopic = Topics.CONTACT_DECISION_ALERTS;
        List<String> sources = NotificationTopics.ALERT_SOURCES.stream().map(Topic::name).toList();
        KStream<String, TimescaleAlert> alerts = builder.stream(sources,
                Consumed.with(alertTopic.keySerde(), alertTopic.valueSerde()).withName("alerts-source"));

        alerts.process(() -> new RecentAlertsProcessor(live, stream, clock), Named.as("recent-alerts"),
                NotificationTopics.RECENT_ALERTS_STORE);
        alerts.process(AlertFanOut::new, Named.as("fan-out"))
                .to(NotificationTopics.DELIVERIES, Produced.with(Serdes.String(), json(Delivery.class)).withName("deliveries-sink"));
        return alerts;
    }

    /** This service's JSON values carry no type headers: each topic holds one type. */
    static <T> Serde<T> json(Class<T> type) {
        return new JacksonJsonSerde<T>(type).noTypeInfo().ignoreTypeHeaders();
    }
}
