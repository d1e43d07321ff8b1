package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;

class AlertStreamIT extends ServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void theLiveStreamSendsMatchingAlertsOnly() throws Exception {
        String team = WebhookDeliveryIT.uniqueTeam();
        TimescaleAlert otherTeams = Alerts.strategyCaseAlert(WebhookDeliveryIT.uniqueTeam(), ClockType.ICPC, AlertKind.AT_RISK);
        TimescaleAlert otherKind = Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.AT_RISK);
        TimescaleAlert matching = Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.BREACHED);

        try (SseClient dashboard = SseClient.connect(port, TestTokens.manager(), "teams=" + team + "&kinds=BREACHED", null)) {
            alerts.raise(otherTeams);
            alerts.raise(otherKind);
            alerts.raise(matching);

            await().atMost(PATIENCE).until(() -> !dashboard.ids().isEmpty());
            assertThat(dashboard.ids()).containsExactly(matching.getAlertId());
            assertThat(dashboard.events().get(0).name()).isEqualTo("alert");
            assertThat(dashboard.events().get(0).data()).contains("\"caseId\":\"" + matching.getCaseId() + "\"");
        }
    }

    /** Alerts belong to no manager (subscriptions do): every manager's dashboard sees every alert its filter matches. */
    @Test
    void everyManagerMayWatchEveryAlertWhoeverSubscribedToIt() throws Exception {
        String team = WebhookDeliveryIT.uniqueTeam();
        api.emailSubscription(team, "owner@example.org");
        TimescaleAlert alert = Alerts.contactDecisionAlert(team, AlertKind.BREACHED);

        try (SseClient owner = SseClient.connect(port, TestTokens.manager(), "teams=" + team, null);
             SseClient anotherManager = SseClient.connect(port,
                     TestTokens.withRoles("another-manager", List.of("MANAGER"), null), "teams=" + team, null)) {
            alerts.raise(alert);

            await().atMost(PATIENCE).until(() -> !owner.ids().isEmpty() && !anotherManager.ids().isEmpty());
            assertThat(owner.ids()).containsExactly(alert.getAlertId());
            assertThat(anotherManager.ids()).containsExactly(alert.getAlertId());
        }
    }

    @Test
    void aDashboardThatStopsReadingIsDroppedWhileTheOthersKeepReceiving() throws Exception {
        String team = WebhookDeliveryIT.uniqueTeam();
        // Long ids make big events (about 20 KB): 800 of them fill any socket's buffers and the
        // dashboard's own several times over.
        List<TimescaleAlert> many = IntStream.range(0, 800).mapToObj(i -> bigAlert(team)).toList();
        double droppedBefore = droppedDashboards();

        try (StalledDashboard stalled = StalledDashboard.connect(port, TestTokens.manager(), "teams=" + team);
             SseClient reading = SseClient.connect(port, TestTokens.manager(), "teams=" + team, null)) {
            alerts.raiseAll(many, alert -> { });

            // Generous, yet shorter than the servlet container's write timeout (60 s) that a
            // stream thread blocked on the stalled dashboard would wait out.
            await().atMost(Duration.ofSeconds(40)).until(() -> reading.ids().size() == many.size());
            assertThat(reading.ids()).containsExactlyElementsOf(many.stream().map(TimescaleAlert::getAlertId).toList());
            assertThat(droppedDashboards()).isEqualTo(droppedBefore + 1);
        }
    }

    @Test
    void aStreamEndsWhenTheTokenThatOpenedItExpires() throws Exception {
        String team = WebhookDeliveryIT.uniqueTeam();
        TimescaleAlert alert = Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.BREACHED);

        try (SseClient dashboard = SseClient.connect(port,
                TestTokens.expiringAfter(TestTokens.manager(), Duration.ofSeconds(10)), "teams=" + team, null)) {
            alerts.raise(alert);
            await().atMost(PATIENCE).until(() -> dashboard.ids().contains(alert.getAlertId()));

            await().atMost(PATIENCE).until(dashboard::ended);
        }
    }

    private static TimescaleAlert bigAlert(String team) {
        TimescaleAlert alert = Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.AT_RISK);
        String caseId = alert.getCaseId() + "-" + "x".repeat(10_000);
        return TimescaleAlert.newBuilder(alert).setCaseId(caseId).setAlertId(caseId + ":ICPC:AT_RISK").build();
    }

    private double droppedDashboards() {
        return monitoring.get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith("frontdoor_alerts_stream_dropped_total "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                .findFirst().orElseThrow();
    }

    @Test
    void aDashboardReconnectingWithLastEventIdGetsTheAlertsItMissedInOrder() throws Exception {
        String team = WebhookDeliveryIT.uniqueTeam();
        TimescaleAlert seen = Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.AT_RISK);
        TimescaleAlert missedFirst = Alerts.strategyCaseAlert(team, ClockType.CORE_GROUP, AlertKind.AT_RISK);
        TimescaleAlert missedSecond = Alerts.contactDecisionAlert(team, AlertKind.BREACHED);

        try (SseClient dashboard = SseClient.connect(port, TestTokens.manager(), "teams=" + team, null)) {
            alerts.raise(seen);
            await().atMost(PATIENCE).until(() -> dashboard.ids().contains(seen.getAlertId()));
        }
        try (SseClient witness = SseClient.connect(port, TestTokens.manager(), "teams=" + team, null)) {
            alerts.raise(missedFirst);
            await().atMost(PATIENCE).until(() -> witness.ids().contains(missedFirst.getAlertId()));
            alerts.raise(missedSecond);
            await().atMost(PATIENCE).until(() -> witness.ids().contains(missedSecond.getAlertId()));
        }

        try (SseClient reconnected = SseClient.connect(port, TestTokens.manager(), "teams=" + team, seen.getAlertId())) {
            await().atMost(PATIENCE).until(() -> reconnected.ids().size() >= 2);
            assertThat(reconnected.ids()).containsExactly(missedFirst.getAlertId(), missedSecond.getAlertId());
        }
    }
}
