package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.metrics.Scrapes.families;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Optional;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.metrics.Promtool;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;

/** What Prometheus scrapes from the notification service once an alert has been delivered to a webhook. */
class PrometheusScrapeIT extends ServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void the_scrape_has_requests_memory_deliveries_by_outcome_and_the_stream_dashboards() throws Exception {
        String scrape = scrapeAfterADelivery();

        assertThat(families(scrape)).contains("http_server_requests_seconds", "http_server_requests_seconds_max",
                "jvm_memory_used_bytes", "jvm_memory_committed_bytes", "frontdoor_notifications_deliveries_total",
                "frontdoor_notifications_delivery_latency_seconds", "frontdoor_alerts_stream_clients",
                "frontdoor_audit_records_total");
        assertThat(scrape).containsPattern(
                "frontdoor_notifications_deliveries_total\\{channel=\"WEBHOOK\",outcome=\"delivered\"} [1-9]");
    }

    @Test
    void the_lag_of_the_streams_and_the_delivery_listeners_consumers_is_measured() throws Exception {
        String scrape = scrapeAfterADelivery();

        assertThat(scrape).containsPattern(lagOf("spring_id=\"defaultKafkaStreamsBuilder\"", "-StreamThread-\\d+-consumer"))
                .containsPattern(lagOf("spring_id=\"defaultKafkaStreamsBuilder\"", "-global-consumer"))
                .containsPattern(lagOf("spring_id=\"deliveryConsumerFactory\\.[^\"]+\"", ""));
    }

    @Test
    void the_producer_of_the_services_own_topics_is_measured() throws Exception {
        assertThat(scrapeAfterADelivery()).containsPattern(
                "kafka_producer_record_send_total\\{[^}]*spring_id=\"producerFactory\\.[^\"]+\"[^}]*} [1-9]");
    }

    @Test
    void the_scrape_passes_promtool_check_metrics() throws Exception {
        String scrape = scrapeAfterADelivery();
        Optional<Promtool> promtool = Promtool.installed();
        assumeTrue(promtool.isPresent(), Promtool.HOW_TO_INSTALL);

        Promtool.Verdict verdict = promtool.get().checkMetrics(scrape);

        assertThat(verdict.exitCode()).as("promtool check metrics found:%n%s", verdict.findings()).isZero();
    }

    /** An alert delivered to a webhook while a dashboard watches the stream, so every meter those make is there. */
    private String scrapeAfterADelivery() throws Exception {
        String team = WebhookDeliveryIT.uniqueTeam();
        try (WebhookReceiver receiver = WebhookReceiver.answering();
             SseClient dashboard = SseClient.connect(port, TestTokens.manager(), "teams=" + team, null)) {
            api.webhookSubscription(team, receiver.url(), "metrics-secret-0123456789");
            alerts.raise(Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.BREACHED));
            await().atMost(PATIENCE).until(() -> receiver.successes() == 1 && !dashboard.ids().isEmpty());
            return monitoring.get("/actuator/prometheus").body();
        }
    }


    /** The records-lag gauge of a consumer: its client id ends so, and its Spring id is so. */
    private static String lagOf(String springId, String clientIdEnding) {
        return "kafka_consumer_fetch_manager_records_lag_max\\{client_id=\"[^\"]*" + clientIdEnding
                + "\",kafka_version=\"[^\"]+\"," + springId + "}";
    }
}
