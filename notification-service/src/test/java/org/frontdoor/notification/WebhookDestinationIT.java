package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

/**
 * Webhooks go only where the configuration allows (here: 127.0.0.1 by address, "localhost" and
 * *.example.org by name, private addresses refused), checked when subscribing and again,
 * against DNS, before each delivery.
 */
class WebhookDestinationIT extends ServiceIntegrationTest {

    private static final String SECRET = "destination-secret-0123456789";

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"http://hooks.elsewhere.test/hook", "http://10.0.0.7/hook", "http://127.0.0.2:8080/hook",
            "http://[::1]:8080/hook", "http://169.254.169.254/latest/meta-data", "http://example.org.elsewhere.test/hook"})
    void aSubscriptionToAHostOffTheAllowListIsRefusedNamingTheUrlFieldWithoutEchoingIt(String url) {
        String team = WebhookDeliveryIT.uniqueTeam();

        NotificationApi.Response response = api.post("/api/v1/subscriptions", """
                {"teams": ["%s"], "channel": {"type": "WEBHOOK", "url": "%s", "secret": "%s"}}""".formatted(team, url, SECRET));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors.valueStream().map(error -> error.get("field").asString() + ": " + error.get("message").asString()))
                .containsExactly("channel.url: host is not on the webhook allow-list");
        assertThat(response.body()).doesNotContain(SECRET, url, team);
        assertThat(api.get("/api/v1/subscriptions").body()).doesNotContain(team);
    }

    @Test
    void aDeliveryWhoseHostResolvesToAPrivateAddressIsFailedWithoutBeingSent() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String team = WebhookDeliveryIT.uniqueTeam();
            // "localhost" is an allowed name, and it resolves to a loopback address: refused at delivery.
            String subscriptionId = api.webhookSubscription(team, receiver.urlNaming("localhost"), SECRET);
            TimescaleAlert alert = Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.BREACHED);

            alerts.raise(alert);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode delivery = api.onlyDelivery(subscriptionId);
                assertThat(delivery).isNotNull();
                assertThat(delivery.get("status").asString()).isEqualTo("FAILED");
                assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
                assertThat(delivery.get("lastError").asString()).isEqualTo("refused: host resolves to a loopback address");
            });
            assertThat(DeadLetters.holdKey(broker.getBrokersAsString(),
                    NotificationTopics.DELIVERIES + NotificationTopics.DEAD_LETTER_SUFFIX, alert.getAlertId() + ":" + subscriptionId))
                    .isTrue();
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void theSameReceiverNamedByItsAllowedAddressGetsTheAlert() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String team = WebhookDeliveryIT.uniqueTeam();
            api.webhookSubscription(team, receiver.url(), SECRET);

            alerts.raise(Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.BREACHED));

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.successes() == 1);
        }
    }
}
