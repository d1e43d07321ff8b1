package org.frontdoor.strategy.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import org.frontdoor.events.StrategyMeetingOutcome;
import org.frontdoor.strategy.StrategyMeetingSettings;
import org.frontdoor.strategy.cases.CaseFacts;
import org.frontdoor.strategy.kafka.CaseEventPublisher.EventsNotPublished;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

class CaseEventPublisherTest {

    @Test
    void a_command_waits_for_an_unreachable_broker_no_longer_than_its_configured_bound() throws Exception {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of("localhost:" + aPortNothingListensOn()));
        StrategyMeetingSettings settings = new StrategyMeetingSettings(Duration.ofSeconds(5), "assessment-and-safeguarding", "strategy-meeting-service-commands-test-",
                Duration.ofSeconds(10), Duration.ofSeconds(1), new StrategyMeetingSettings.Timescales(1, 0, 0, 15, 3, 10, 2, 3, 6, 10));

        try (CaseEventPublisher publisher = new CaseEventPublisher(kafka, settings, ObservationRegistry.NOOP, new SimpleMeterRegistry())) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> publisher.publish(List.of(CaseFacts.meeting("2026-11-23", StrategyMeetingOutcome.SECTION_47))))
                    .isInstanceOf(EventsNotPublished.class);

            // Kafka's own default would hold the HTTP thread for a minute.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    private static int aPortNothingListensOn() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
