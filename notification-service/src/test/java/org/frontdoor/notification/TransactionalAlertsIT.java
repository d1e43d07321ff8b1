package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The triage and strategy-meeting services write their alerts in exactly-once transactions: an
 * alert whose transaction aborted was never raised, and nobody may hear of it.
 */
class TransactionalAlertsIT extends ServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void anAlertFromAnAbortedTransactionIsNeverDelivered() throws Exception {
        String team = WebhookDeliveryIT.uniqueTeam();
        TimescaleAlert aborted = Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.BREACHED);
        TimescaleAlert committed = Alerts.strategyCaseAlert(team, ClockType.CORE_GROUP, AlertKind.BREACHED);
        try (WebhookReceiver receiver = WebhookReceiver.answering();
             SseClient dashboard = SseClient.connect(port, TestTokens.manager(), "teams=" + team, null);
             KafkaProducer<String, TimescaleAlert> writer = transactionalWriter()) {
            api.webhookSubscription(team, receiver.url(), "aborted-secret-0123456789");

            writer.beginTransaction();
            writer.send(record(aborted)).get();
            writer.abortTransaction();
            // Committed after the aborted one on the same partition: once it arrives, the aborted one has been passed.
            writer.beginTransaction();
            writer.send(record(committed)).get();
            writer.commitTransaction();

            await().atMost(PATIENCE).until(() -> dashboard.ids().contains(committed.getAlertId())
                    && receiver.received().stream().anyMatch(request -> committed.getAlertId().equals(request.header("X-Frontdoor-Alert-Id"))));
            assertThat(receiver.received()).extracting(request -> request.header("X-Frontdoor-Alert-Id"))
                    .containsExactly(committed.getAlertId());
            assertThat(dashboard.ids()).containsExactly(committed.getAlertId());
        }
    }

    private KafkaProducer<String, TimescaleAlert> transactionalWriter() {
        Topic<TimescaleAlert> topic = Topics.STRATEGY_CASE_ALERTS;
        KafkaProducer<String, TimescaleAlert> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "strategy-alerts-" + UUID.randomUUID()),
                topic.keySerde().serializer(), topic.valueSerde().serializer());
        producer.initTransactions();
        return producer;
    }

    private static ProducerRecord<String, TimescaleAlert> record(TimescaleAlert alert) {
        return new ProducerRecord<>(Topics.STRATEGY_CASE_ALERTS.name(), alert.getAlertId(), alert);
    }
}
