package org.frontdoor.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * One application context, one embedded KRaft broker and one SMTP server shared by every
 * integration test class that extends this one; each test isolates itself with its own team
 * names. The retry schedule is shrunk to milliseconds: 3 attempts, 200 ms then 400 ms; the
 * live stream's heartbeat to half a second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.kafka.streams.properties.commit.interval.ms=100",
        "frontdoor.topics.partitions=1",
        "frontdoor.notifications.delivery.max-attempts=3",
        "frontdoor.notifications.delivery.initial-delay=PT0.2S",
        "frontdoor.notifications.delivery.multiplier=2.0",
        "frontdoor.notifications.delivery.max-delay=PT1S",
        "frontdoor.notifications.delivery.concurrency=1",
        "frontdoor.notifications.webhook.request-timeout=PT2S",
        "frontdoor.notifications.stream.heartbeat-every=PT0.5S",
        "spring.mail.host=localhost"})
@EmbeddedKafka(partitions = 1)
abstract class ServiceIntegrationTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        // Started once for the shared context and stopped with the JVM, like the broker.
        SMTP.start();
    }

    @DynamicPropertySource
    static void perContext(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        // Kafka Streams state must never be shared between test contexts or runs.
        registry.add("spring.kafka.streams.state-dir", ServiceIntegrationTest::freshStateDirectory);
    }

    @Autowired
    EmbeddedKafkaBroker broker;

    @LocalServerPort
    int port;

    NotificationApi api;
    Alerts alerts;

    @BeforeEach
    void connect() {
        api = new NotificationApi(port);
        alerts = new Alerts(broker.getBrokersAsString());
    }

    @AfterEach
    void disconnect() {
        alerts.close();
    }

    private static String freshStateDirectory() {
        try {
            return Files.createTempDirectory("notification-streams-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
