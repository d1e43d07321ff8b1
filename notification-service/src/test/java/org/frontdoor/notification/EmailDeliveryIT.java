package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

class EmailDeliveryIT extends ServiceIntegrationTest {

    @Test
    void anAlertEmailArrivesThroughSmtpNamingTheClockKindDueDateAndIds() throws Exception {
        String team = WebhookDeliveryIT.uniqueTeam();
        String address = "manager-" + team + "@example.org";
        String subscriptionId = api.subscribe("""
                {"teams": ["%s"], "kinds": ["BREACHED"], "channel": {"type": "EMAIL", "address": "%s"}}""".formatted(team, address));
        TimescaleAlert alert = Alerts.strategyCaseAlert(team, ClockType.REVIEW_CONFERENCE, AlertKind.BREACHED);

        alerts.raise(alert);

        await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(address).length == 1);
        MimeMessage email = messagesTo(address)[0];
        assertThat(email.getSubject()).contains("BREACHED", "REVIEW_CONFERENCE", "2026-11-23");
        assertThat(GreenMailUtil.getBody(email)).contains("Alert id: " + alert.getAlertId(), "Case id: " + alert.getCaseId(),
                "Due on: 2026-11-23", "Clock: REVIEW_CONFERENCE");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.onlyDelivery(subscriptionId).get("status").asString()).isEqualTo("DELIVERED"));
    }

    private static MimeMessage[] messagesTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toArray(MimeMessage[]::new);
    }
}
