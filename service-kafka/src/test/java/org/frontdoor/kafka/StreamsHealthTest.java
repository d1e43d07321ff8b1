package org.frontdoor.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.health.contributor.Status;

class StreamsHealthTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "RUNNING, UP",
            "CREATED, OUT_OF_SERVICE",
            "REBALANCING, OUT_OF_SERVICE",
            "PENDING_ERROR, DOWN",
            "ERROR, DOWN",
            "PENDING_SHUTDOWN, DOWN",
            "NOT_RUNNING, DOWN"})
    void everyStateReadsAsHealthByOneRule(KafkaStreams.State state, String status) {
        KafkaStreams streams = mock(KafkaStreams.class);
        when(streams.state()).thenReturn(state);

        assertThat(new StreamsHealth(() -> streams).health().getStatus()).isEqualTo(new Status(status));
    }

    @Test
    void anApplicationNeverCreatedIsDown() {
        assertThat(new StreamsHealth(() -> null).health().getStatus()).isEqualTo(Status.DOWN);
    }
}
