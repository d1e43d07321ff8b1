package org.frontdoor.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.frontdoor.security.TestTokens;
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
 * names. The retry schedule is shrunk to milliseconds: 3 attempts, 200 ms then 400 ms; a
 * webhook's whole answer gets 5 s; the live stream's heartbeat is half a second; the test manager,
 * who makes every class's subscriptions, may hold a thousand. The broker takes
 * transactions (the fan-out is exactly-once). The service trusts {@link TestTokens}, and rate
 * limits are lifted (tests poll the API). Webhooks may go over http to the test receivers at
 * 127.0.0.1, named explicitly, and to hosts under example.org; private addresses stay refused,
 * so "localhost" (a name resolving to a loopback address) is refused at delivery.
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
        "frontdoor.notifications.webhook.request-timeout=PT5S",
        "frontdoor.notifications.subscriptions.max-per-manager=1000",
        "frontdoor.notifications.stream.heartbeat-every=PT0.5S",
        "frontdoor.notifications.webhook.allowed-hosts=127.0.0.1,localhost,*.example.org",
        "frontdoor.notifications.webhook.require-https=false",
        "frontdoor.notifications.webhook.allow-private-addresses=false",
        "frontdoor.security.rate-limit.burst=100000",
        "frontdoor.security.rate-limit.requests-per-second=100000",
        "spring.mail.host=localhost"})
@EmbeddedKafka(partitions = 1, brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
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
        TestTokens.resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    EmbeddedKafkaBroker broker;

    @LocalServerPort
    int port;

    /** The API as a manager, who owns the subscriptions a test makes. */
    NotificationApi api;
    /** The API as the metrics scraper. */
    NotificationApi monitoring;
    Alerts alerts;

    @BeforeEach
    void connect() {
        api = new NotificationApi(port, TestTokens.manager());
        monitoring = api.as(TestTokens.monitoring());
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
