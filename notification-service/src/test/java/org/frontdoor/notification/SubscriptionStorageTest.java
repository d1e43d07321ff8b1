package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import org.apache.kafka.common.serialization.Serde;
import org.frontdoor.notification.alert.AlertFilter;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.frontdoor.notification.subscription.EmailChannel;
import org.frontdoor.notification.subscription.Subscription;
import org.frontdoor.notification.subscription.WebhookChannel;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions are JSON in a compacted topic that keeps them for as long as they exist, so every
 * version of the service must read what earlier and later versions wrote.
 */
class SubscriptionStorageTest {

    private final Serde<Subscription> stored = NotificationTopology.json(Subscription.class);

    @Test
    void theOwnerIsStoredWithTheSubscription() {
        Subscription subscription = new Subscription("s-1", new AlertFilter(Set.of("team-a"), Set.of("ICPC"), Set.of()),
                new EmailChannel("manager@example.org"), Instant.parse("2026-11-20T10:15:30Z"), "manager-a");

        byte[] written = stored.serializer().serialize(NotificationTopics.SUBSCRIPTIONS, subscription);

        assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"owner\":\"manager-a\"");
        assertThat(stored.deserializer().deserialize(NotificationTopics.SUBSCRIPTIONS, written)).isEqualTo(subscription);
    }

    @Test
    void aSubscriptionStoredBeforeSubscriptionsHadOwnersIsReadAndOwnedByNoManager() {
        Subscription legacy = read("""
                {"subscriptionId":"s-legacy","filter":{"teams":["team-a"],"clocks":["ICPC"],"kinds":[]},
                 "channel":{"type":"WEBHOOK","url":"https://hooks.example.org/alerts","secret":"legacy-secret-0123456789"},
                 "createdAt":"2026-10-01T09:00:00Z"}""");

        assertThat(legacy.owner()).isNull();
        assertThat(legacy.ownedBy("manager-a")).isFalse();
        assertThat(legacy.ownedBy(null)).isFalse();
        assertThat(legacy.channel()).isEqualTo(new WebhookChannel("https://hooks.example.org/alerts", "legacy-secret-0123456789"));
        assertThat(legacy.filter()).isEqualTo(new AlertFilter(Set.of("team-a"), Set.of("ICPC"), Set.of()));
    }

    @Test
    void aSubscriptionStoredByALaterVersionWithFieldsThisOneDoesNotKnowIsStillRead() {
        Subscription later = read("""
                {"subscriptionId":"s-later","filter":{"teams":[],"clocks":[],"kinds":["BREACHED"],"agencies":["POLICE"]},
                 "channel":{"type":"EMAIL","address":"manager@example.org","cc":"deputy@example.org"},
                 "createdAt":"2026-12-01T09:00:00Z","owner":"manager-b","pausedUntil":"2026-12-24T00:00:00Z"}""");

        assertThat(later.ownedBy("manager-b")).isTrue();
        assertThat(later.channel()).isEqualTo(new EmailChannel("manager@example.org"));
        assertThat(later.filter().kinds()).containsExactly("BREACHED");
    }

    private Subscription read(String json) {
        return stored.deserializer().deserialize(NotificationTopics.SUBSCRIPTIONS, json.getBytes(StandardCharsets.UTF_8));
    }
}
