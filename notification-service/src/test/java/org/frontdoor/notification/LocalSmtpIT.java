package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** The local stack's way of running the service: with its own SMTP server switched on. */
@EmbeddedKafka(partitions = 1)
class LocalSmtpIT {

    @Test
    void withTheLocalSmtpServerOnAlertEmailsArriveAndAreListedUnderLocalMails(EmbeddedKafkaBroker broker) throws Exception {
        int smtpPort = freePort();
        String team = WebhookDeliveryIT.uniqueTeam();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(NotificationApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--spring.kafka.streams.state-dir=" + Files.createTempDirectory("notification-local-smtp-"),
                "--frontdoor.topics.partitions=1",
                "--frontdoor.notifications.local-smtp.enabled=true",
                "--frontdoor.notifications.local-smtp.port=" + smtpPort,
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + smtpPort);
             Alerts alerts = new Alerts(broker.getBrokersAsString())) {
            NotificationApi api = new NotificationApi(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
            await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/actuator/health/readiness").status() == 200);
            api.subscribe("""
                    {"teams": ["%s"], "channel": {"type": "EMAIL", "address": "duty-manager@example.org"}}""".formatted(team));

            alerts.raise(Alerts.contactDecisionAlert(team, AlertKind.AT_RISK));

            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/local/mails").json().get("count").asInt() == 1);
            assertThat(api.get("/local/mails").json().get("subjects").get(0).asString())
                    .contains("AT_RISK", ClockType.CONTACT_DECISION.name());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
