package org.frontdoor.intake.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.metrics.Scrapes.families;
import static org.frontdoor.metrics.Scrapes.lagOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.IntakeIntegrationTest;
import org.frontdoor.intake.contact.ContactJson;
import org.frontdoor.metrics.Promtool;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;

/** What Prometheus scrapes from the intake service once it has taken and refused contacts. */
class PrometheusScrapeIT extends IntakeIntegrationTest {

    @Test
    void the_scrape_has_requests_contacts_memory_and_the_lag_of_every_streams_consumer() {
        String scrape = scrapeAfterTraffic();

        assertThat(families(scrape)).contains("http_server_requests_seconds", "http_server_requests_seconds_max",
                "jvm_memory_used_bytes", "jvm_memory_committed_bytes", "kafka_consumer_fetch_manager_records_lag_max",
                "frontdoor_contacts_received_total", "frontdoor_contacts_rejected_total", "frontdoor_audit_records_total");
        assertThat(scrape).containsPattern(lagOf("[^\"]*-StreamThread-\\d+-consumer")).containsPattern(lagOf("[^\"]*-global-consumer"));
    }

    @Test
    void the_producer_that_dead_letters_unreadable_records_is_measured_once_it_has_sent_one() {
        events.publish(Topics.CHILD_DECISIONS.name(), "poison-" + UUID.randomUUID(),
                "not an event".getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrape()).containsPattern(
                "kafka_producer_record_send_total\\{[^}]*spring_id=\"deadLetterProducerFactory\\.[^\"]+\"[^}]*} [1-9]"));
    }

    @Test
    void the_scrape_passes_promtool_check_metrics() {
        String scrape = scrapeAfterTraffic();
        Optional<Promtool> promtool = Promtool.installed();
        assumeTrue(promtool.isPresent(), Promtool.HOW_TO_INSTALL);

        Promtool.Verdict verdict = promtool.get().checkMetrics(scrape);

        assertThat(verdict.exitCode()).as("promtool check metrics found:%n%s", verdict.findings()).isZero();
    }

    /** A contact taken, one refused and one read, so that every meter those make is in the scrape. */
    private String scrapeAfterTraffic() {
        String contactId = api.post(ContactJson.valid()).json().get("contactId").asString();
        api.post("{", null);
        api.get("/api/v1/contacts/" + contactId);
        return scrape();
    }

    private String scrape() {
        return api.as(TestTokens.monitoring()).get("/actuator/prometheus").body();
    }


}
