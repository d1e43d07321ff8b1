package org.frontdoor.notification.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class TopicsReadyTest {

    final KafkaAdmin admin = mock(KafkaAdmin.class);
    final List<NewTopic> topics = List.of(new NewTopic("subscriptions", 1, (short) 1));
    final Node broker = new Node(1, "localhost", 9092);

    @Test
    void streamsWaitUntilEveryPartitionHasALeader() {
        when(admin.describeTopics(any(String[].class)))
                .thenThrow(new KafkaException("unknown topic"))
                .thenReturn(Map.of("subscriptions", described(null)))
                .thenReturn(Map.of("subscriptions", described(broker)));
        TopicsReady ready = new TopicsReady(admin, topics, Duration.ofSeconds(30), Clock.systemUTC());

        ready.start();

        assertThat(ready.isRunning()).isTrue();
        verify(admin, times(3)).describeTopics(any(String[].class));
    }

    @Test
    void aBrokerThatNeverLeadsTheTopicsStopsTheStartWithAReason() {
        when(admin.describeTopics(any(String[].class))).thenReturn(Map.of("subscriptions", described(null)));
        Clock stopped = new Clock() {
            private Instant now = Instant.parse("2026-11-21T00:00:00Z");

            @Override
            public Instant instant() {
                now = now.plusSeconds(10);
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        TopicsReady ready = new TopicsReady(admin, topics, Duration.ofSeconds(30), stopped);

        assertThatIllegalStateException().isThrownBy(ready::start).withMessageContaining("without a leader");
        assertThat(ready.isRunning()).isFalse();
    }

    private static TopicDescription described(Node leader) {
        return new TopicDescription("subscriptions", false, List.of(new TopicPartitionInfo(0, leader, List.of(), List.of())));
    }
}
