package org.frontdoor.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.metrics.Scrapes.sendsBy;
import static org.frontdoor.metrics.Scrapes.lagOf;
import static org.frontdoor.metrics.Scrapes.families;
import static org.awaitility.Awaitility.await;
import static org.frontdoor.triage.Contacts.child;
import static org.frontdoor.triage.Contacts.contact;
import static org.frontdoor.triage.Contacts.indicator;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.metrics.Promtool;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * What Prometheus scrapes from triage once a contact about two children has been triaged and one
 * of the decisions managed: the other's clock stays open.
 */
class PrometheusScrapeIT {

    /** A Monday: the contact-decision clock is due on Tuesday and breaches at the start of Wednesday. */
    private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static TriageServiceRunner runner;

    @BeforeAll
    static void triageAContactAndManageOneOfItsDecisions() {
        runner = new TriageServiceRunner();
        runner.start("frontdoor.figures.gauge-refresh=PT0.5S");
        runner.clock().moveTo(RECEIVED);
        ContactReceived contact = contact(RECEIVED, List.of(child(null, LocalDate.of(2016, 5, 1)),
                child(null, LocalDate.of(2018, 7, 1))), List.of(indicator("EMOTIONAL_WELLBEING", Map.of())));
        runner.publish(Topics.CONTACTS_RECEIVED, contact.getContactId(), contact);
        List<?> decisions = await().atMost(PATIENCE).until(() -> runner.api(TestTokens.frontDoor()).get()
                .uri("/api/v1/decisions?contactId={id}", contact.getContactId()).retrieve().body(List.class),
                found -> found.size() == 2);
        String managed = (String) ((Map<?, ?>) decisions.get(0)).get("decisionId");
        runner.api(TestTokens.manager()).post().uri("/api/v1/decisions/{id}/management-decision", managed)
                .contentType(MediaType.APPLICATION_JSON).body("{\"outcome\":\"CONFIRMED\"}").retrieve().toBodilessEntity();
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    @Test
    void the_scrape_has_requests_memory_decisions_by_route_open_clocks_and_managers_decisions() {
        String scrape = await().atMost(PATIENCE).until(PrometheusScrapeIT::scrape,
                current -> current.contains("frontdoor_figures_child_decisions{"));

        assertThat(families(scrape)).contains("http_server_requests_seconds", "http_server_requests_seconds_max",
                "jvm_memory_used_bytes", "jvm_memory_committed_bytes", "frontdoor_figures_child_decisions",
                "frontdoor_figures_open_clocks", "frontdoor_management_decisions_total", "frontdoor_audit_records_total");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(scrape())
                .containsPattern("frontdoor_figures_child_decisions\\{route=\"[A-Z_]+\"} 2\\.0")
                .containsPattern("frontdoor_figures_open_clocks\\{clock=\"CONTACT_DECISION\",[^}]*} 1\\.0")
                .containsPattern("frontdoor_management_decisions_total\\{outcome=\"CONFIRMED\"} 1\\.0"));
    }

    @Test
    void a_clock_left_open_past_its_due_date_counts_its_breach_alert() {
        runner.clock().moveTo(Instant.parse("2026-03-04T09:00:00Z"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(scrape()).containsPattern(
                "frontdoor_triage_alerts_raised_total\\{clock=\"CONTACT_DECISION\",kind=\"BREACHED\"} 1\\.0"));
    }

    @Test
    void the_lag_of_the_pipelines_and_the_figures_consumers_is_measured() {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(scrape())
                .containsPattern(lagOf("triage-service-[0-9a-f]{8}-[^\"]*-StreamThread-\\d+-consumer"))
                .containsPattern(lagOf("triage-service-figures-[^\"]*-StreamThread-\\d+-consumer")));
    }

    @Test
    void the_producers_that_dead_letter_unreadable_records_are_measured_once_they_have_sent_one() {
        runner.publishBytes(Topics.CONTACTS_RECEIVED.name(), "poison", "not an event".getBytes(StandardCharsets.UTF_8));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(scrape())
                .containsPattern(sendsBy("triageDeadLetterProducerFactory"))
                .containsPattern(sendsBy("figuresDeadLetterProducerFactory")));
    }

    @Test
    void the_scrape_passes_promtool_check_metrics() {
        String scrape = await().atMost(PATIENCE).until(PrometheusScrapeIT::scrape,
                current -> current.contains("frontdoor_figures_child_decisions{"));
        Optional<Promtool> promtool = Promtool.installed();
        assumeTrue(promtool.isPresent(), Promtool.HOW_TO_INSTALL);

        Promtool.Verdict verdict = promtool.get().checkMetrics(scrape);

        assertThat(verdict.exitCode()).as("promtool check metrics found:%n%s", verdict.findings()).isZero();
    }

    private static String scrape() {
        return runner.api(TestTokens.monitoring()).get().uri("/actuator/prometheus").retrieve().body(String.class);
    }



}
