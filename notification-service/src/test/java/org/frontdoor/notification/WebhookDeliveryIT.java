package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookDeliveryIT extends ServiceIntegrationTest {

    private static final String SECRET = "a-secret-of-at-least-16-chars";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aWebhookReceivesTheAlertAsJsonSignedWithTheSubscriptionsSecret() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String team = uniqueTeam();
            api.webhookSubscription(team, receiver.url(), SECRET);
            TimescaleAlert alert = Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.AT_RISK);

            alerts.raise(alert);

            await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
            WebhookReceiver.Received request = receiver.received().get(0);
            assertThat(request.header("X-Frontdoor-Alert-Id")).isEqualTo(alert.getAlertId());
            assertThat(request.header("X-Frontdoor-Signature")).isEqualTo("sha256=" + hmacSha256(request.body(), SECRET));
            JsonNode body = JsonMapper.builder().build().readTree(request.body());
            assertThat(body.get("alertId").asString()).isEqualTo(alert.getAlertId());
            assertThat(body.get("kind").asString()).isEqualTo("AT_RISK");
            assertThat(body.get("clock").asString()).isEqualTo("ICPC");
            assertThat(body.get("team").asString()).isEqualTo(team);
            assertThat(body.get("dueOn").asString()).isEqualTo("2026-11-23");
            assertThat(body.get("caseId").asString()).isEqualTo(alert.getCaseId());
            assertThat(body.get("childRef").asString()).isEqualTo(alert.getChildRef());
            assertThat(body.has("raisedAt")).isTrue();
        }
    }

    @Test
    void aWebhookSignsItsTimestampWithTheBodySoTheReceiverCanRefuseAReplay() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String team = uniqueTeam();
            api.webhookSubscription(team, receiver.url(), SECRET);

            alerts.raise(Alerts.strategyCaseAlert(team, ClockType.CORE_GROUP, AlertKind.AT_RISK));

            await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
            WebhookReceiver.Received request = receiver.received().get(0);
            String timestamp = request.header("X-Frontdoor-Timestamp");
            assertThat(timestamp).matches("[0-9]+");
            assertThat(Instant.ofEpochSecond(Long.parseLong(timestamp))).isBetween(Instant.now().minus(Duration.ofMinutes(5)),
                    Instant.now().plus(Duration.ofMinutes(5)));
            byte[] signed = (timestamp + "." + new String(request.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            assertThat(request.header("X-Frontdoor-Signature-V2")).isEqualTo("sha256=" + hmacSha256(signed, SECRET));
            // Superseded, still sent for receivers built on it.
            assertThat(request.header("X-Frontdoor-Signature")).isEqualTo("sha256=" + hmacSha256(request.body(), SECRET));
        }
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheAlertOnceOnTheThirdAttempt() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500, 503)) {
            String team = uniqueTeam();
            String subscriptionId = api.webhookSubscription(team, receiver.url(), SECRET);

            alerts.raise(Alerts.strategyCaseAlert(team, ClockType.STRATEGY_MEETING, AlertKind.BREACHED));

            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode delivery = api.onlyDelivery(subscriptionId);
                assertThat(delivery).isNotNull();
                assertThat(delivery.get("status").asString()).isEqualTo("DELIVERED");
                assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
            });
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> receiver.received().size() == 3);
            assertThat(receiver.received()).extracting(WebhookReceiver.Received::answeredWith).containsExactly(500, 503, 200);
            assertThat(receiver.successes()).isEqualTo(1);
        }
    }

    @Test
    void aDeliveryThatNeverSucceedsIsFailedWithItsLastErrorAndKeptOnTheDeadLetterTopic() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.alwaysAnswering(500)) {
            String team = uniqueTeam();
            String subscriptionId = api.webhookSubscription(team, receiver.url(), SECRET);
            TimescaleAlert alert = Alerts.contactDecisionAlert(team, AlertKind.BREACHED);

            alerts.raise(alert);

            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode delivery = api.onlyDelivery(subscriptionId);
                assertThat(delivery).isNotNull();
                assertThat(delivery.get("status").asString()).isEqualTo("FAILED");
                assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
                assertThat(delivery.get("lastError").asString()).isEqualTo("HTTP 500");
            });
            assertThat(receiver.received()).hasSize(3);
            String deliveryId = alert.getAlertId() + ":" + subscriptionId;
            assertThat(DeadLetters.holdKey(broker.getBrokersAsString(),
                    NotificationTopics.DELIVERIES + NotificationTopics.DEAD_LETTER_SUFFIX, deliveryId)).isTrue();
        }
    }

    @Test
    void aReceiverThatTricklesItsAnswerIsCutOffAtTheDeadlineWhileAnotherSubscriptionIsDeliveredMeanwhile() throws Exception {
        try (TricklingReceiver slow = TricklingReceiver.start()) {
            String slowTeam = uniqueTeam();
            String otherTeam = uniqueTeam();
            String slowSubscription = api.webhookSubscription(slowTeam, slow.url(), SECRET);
            String otherSubscription = api.emailSubscription(otherTeam, "manager-" + otherTeam + "@example.org");

            alerts.raise(Alerts.strategyCaseAlert(slowTeam, ClockType.ICPC, AlertKind.BREACHED));
            await().atMost(PATIENCE).until(slow::answering);
            alerts.raise(Alerts.strategyCaseAlert(otherTeam, ClockType.ICPC, AlertKind.BREACHED));

            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode delivery = api.onlyDelivery(otherSubscription);
                assertThat(delivery).isNotNull();
                assertThat(delivery.get("status").asString()).isEqualTo("DELIVERED");
            });
            assertThat(slow.hungUpOn()).as("the slow answer is still coming").isFalse();
            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode delivery = api.onlyDelivery(slowSubscription);
                assertThat(delivery).isNotNull();
                assertThat(delivery.get("status").asString()).isIn("RETRYING", "FAILED");
                assertThat(delivery.get("lastError").asString()).isEqualTo("timed out");
            });
            await().atMost(PATIENCE).until(slow::hungUpOn);
        }
    }

    @Test
    void alertsReachOnlyTheSubscriptionsWhoseTeamClockAndKindMatch() throws Exception {
        String team = uniqueTeam();
        try (WebhookReceiver anyAlertOfTheTeam = WebhookReceiver.answering();
             WebhookReceiver icpcOnly = WebhookReceiver.answering();
             WebhookReceiver breachesOnly = WebhookReceiver.answering();
             WebhookReceiver coreGroupOnly = WebhookReceiver.answering();
             WebhookReceiver anotherTeam = WebhookReceiver.answering()) {
            api.webhookSubscription(team, anyAlertOfTheTeam.url(), SECRET);
            api.subscribe(subscription(List.of(team), List.of("ICPC"), List.of(), icpcOnly.url()));
            api.subscribe(subscription(List.of(team), List.of(), List.of("BREACHED"), breachesOnly.url()));
            api.subscribe(subscription(List.of(team), List.of("CORE_GROUP"), List.of("AT_RISK", "BREACHED"), coreGroupOnly.url()));
            String notMatching = api.webhookSubscription(uniqueTeam(), anotherTeam.url(), SECRET);

            alerts.raise(Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.AT_RISK));

            await().atMost(PATIENCE).until(() -> anyAlertOfTheTeam.successes() == 1 && icpcOnly.successes() == 1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                    breachesOnly.received().isEmpty() && coreGroupOnly.received().isEmpty() && anotherTeam.received().isEmpty());
            assertThat(api.get("/api/v1/deliveries?subscriptionId=" + notMatching).json().size()).isZero();
        }
    }

    private static String subscription(List<String> teams, List<String> clocks, List<String> kinds, String url) {
        return """
                {"teams": %s, "clocks": %s, "kinds": %s, "channel": {"type": "WEBHOOK", "url": "%s", "secret": "%s"}}"""
                .formatted(jsonList(teams), jsonList(clocks), jsonList(kinds), url, SECRET);
    }

    private static String jsonList(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").toList().toString();
    }

    static String uniqueTeam() {
        return "team-" + UUID.randomUUID();
    }

    /** Recomputed here, independently of the service's code, over the bytes the receiver got. */
    static String hmacSha256(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
