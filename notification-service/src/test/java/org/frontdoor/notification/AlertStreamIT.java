package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

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
