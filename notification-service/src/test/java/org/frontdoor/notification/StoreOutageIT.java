package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.frontdoor.notification.kafka.StreamsState;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A delivery log that cannot be read (Kafka Streams restoring or rebalancing for longer than
 * any wait) must not cost deliveries their attempts. The outage is staged by making the store
 * reads fail.
 */
class StoreOutageIT extends ConstrainedServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aDeliveryWaitsForItsStoresInsteadOfSpendingItsAttempts() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String team = WebhookDeliveryIT.uniqueTeam();
            String subscriptionId = api.webhookSubscription(team, receiver.url(), "outage-secret-0123456789");
            AtomicBoolean storeDown = new AtomicBoolean(true);
            AtomicInteger refusedReads = new AtomicInteger();
            doAnswer(read -> {
                if (storeDown.get()) {
                    // As a read that waited its patience out would, only sooner.
                    Thread.sleep(50);
                    refusedReads.incrementAndGet();
                    throw new StreamsState.StoreUnavailableException(NotificationTopics.DELIVERY_LOG_STORE);
                }
                return read.callRealMethod();
            }).when(state).read(eq(NotificationTopics.DELIVERY_LOG_STORE), any(), any());

            alerts.raise(Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.BREACHED));
            // Longer than the whole retry schedule (3 attempts, 200 ms and 400 ms apart) takes.
            await().pollDelay(Duration.ofSeconds(3)).atMost(PATIENCE).until(() -> refusedReads.get() > 0);
            storeDown.set(false);

            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode delivery = api.onlyDelivery(subscriptionId);
                assertThat(delivery).isNotNull();
                assertThat(delivery.get("status").asString()).isEqualTo("DELIVERED");
                assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
            });
            assertThat(receiver.received()).hasSize(1);
        }
    }
}
