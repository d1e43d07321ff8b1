package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;

class RobustnessIT extends ServiceIntegrationTest {

    @Test
    void anUnreadableAlertGoesToTheDeadLetterTopicAndTheNextAlertIsStillDelivered() throws Exception {
        String team = WebhookDeliveryIT.uniqueTeam();
        String poisonKey = "not-an-alert-" + UUID.randomUUID();
        try (WebhookReceiver receiver = WebhookReceiver.answering();
             KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                     broker.getBrokersAsString()), new StringSerializer(), new ByteArraySerializer())) {
            api.webhookSubscription(team, receiver.url(), "robustness-secret-0123456789");

            raw.send(new ProducerRecord<>(Topics.STRATEGY_CASE_ALERTS.name(), poisonKey,
                    "this is not Avro".getBytes(StandardCharsets.UTF_8))).get();
            alerts.raise(Alerts.strategyCaseAlert(team, ClockType.CORE_GROUP, AlertKind.AT_RISK));

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.successes() == 1);
            assertThat(DeadLetters.holdKey(broker.getBrokersAsString(),
                    Topics.STRATEGY_CASE_ALERTS.deadLetterTopic(Topics.NOTIFICATION), poisonKey)).isTrue();
        }
    }

    @Test
    void deliveriesAndTheirLatencyAreMeasuredByChannelAndOutcome() throws Exception {
        String team = WebhookDeliveryIT.uniqueTeam();
        try (WebhookReceiver receiver = WebhookReceiver.answering();
             SseClient dashboard = SseClient.connect(port, TestTokens.manager(), "teams=" + team, null)) {
            api.webhookSubscription(team, receiver.url(), "metrics-secret-0123456789");
            alerts.raise(Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.BREACHED));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.successes() == 1);

            String metrics = monitoring.get("/actuator/prometheus").body();
            assertThat(metrics).contains("frontdoor_notifications_deliveries_total{channel=\"WEBHOOK\",outcome=\"delivered\"}",
                    "frontdoor_notifications_delivery_latency_seconds_count{channel=\"WEBHOOK\"}");
            assertThat(connectedDashboards()).isGreaterThanOrEqualTo(1.0);
        }
    }

    @Test
    void aDashboardThatHungUpIsNoLongerCountedOnceTheHeartbeatFindsItGone() throws Exception {
        double before = connectedDashboards();
        SseClient dashboard = SseClient.connect(port, TestTokens.manager(), "teams=" + WebhookDeliveryIT.uniqueTeam(), null);
        await().atMost(Duration.ofSeconds(10)).until(() -> connectedDashboards() == before + 1);

        dashboard.close();

        await().atMost(Duration.ofSeconds(10)).until(() -> connectedDashboards() <= before);
    }

    private double connectedDashboards() {
        return monitoring.get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith("frontdoor_alerts_stream_clients "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                .findFirst().orElseThrow();
    }
}
