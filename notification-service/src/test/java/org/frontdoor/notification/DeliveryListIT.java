package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A subscription's deliveries are read a page at a time, newest first, never all at once. */
class DeliveryListIT extends ServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String NEXT = "^<(/api/v1/deliveries\\?[^>]+)>; rel=\"next\"$";

    @Test
    void deliveriesAreListedNewestFirstAPageAtATimeWithALinkToTheNextPage() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String team = WebhookDeliveryIT.uniqueTeam();
            String subscriptionId = api.webhookSubscription(team, receiver.url(), "paging-secret-0123456789");
            List<String> raised = new ArrayList<>();
            for (ClockType clock : List.of(ClockType.STRATEGY_MEETING, ClockType.ICPC, ClockType.CORE_GROUP)) {
                TimescaleAlert alert = Alerts.strategyCaseAlert(team, clock, AlertKind.AT_RISK);
                alerts.raise(alert);
                raised.add(alert.getAlertId());
                // One at a time, so each is first attempted after the one before.
                await().atMost(PATIENCE).until(() -> receiver.successes() == raised.size());
            }
            await().atMost(PATIENCE).until(() -> api.get("/api/v1/deliveries?subscriptionId=" + subscriptionId).json().size() == 3);

            NotificationApi.Response first = api.get("/api/v1/deliveries?subscriptionId=" + subscriptionId + "&limit=2");
            assertThat(alertIds(first.json())).containsExactly(raised.get(2), raised.get(1));
            assertThat(first.header("Link")).matches(NEXT);
            NotificationApi.Response second = api.get(first.header("Link").replaceAll(NEXT, "$1"));
            assertThat(alertIds(second.json())).containsExactly(raised.get(0));
            assertThat(second.header("Link")).isNull();
        }
    }

    @Test
    void aPageLargerThanTheMostAllowedOrACursorNeverGivenIsAProblemNamingTheParameter() {
        String subscriptionId = api.emailSubscription(WebhookDeliveryIT.uniqueTeam(), "pages@example.org");

        NotificationApi.Response tooMany = api.get("/api/v1/deliveries?subscriptionId=" + subscriptionId + "&limit=201");
        NotificationApi.Response forged = api.get("/api/v1/deliveries?subscriptionId=" + subscriptionId + "&cursor=not-a-cursor");

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(tooMany.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
    }

    private static List<String> alertIds(JsonNode deliveries) {
        return deliveries.valueStream().map(delivery -> delivery.get("alertId").asString()).toList();
    }
}
