package org.frontdoor.tracing;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TraceParentTest {

    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aTraceparentKeptWithStateIsGivenBackToTheRecordMadeFromIt() {
        assertThat(TraceParent.of(TraceParent.headers(TRACEPARENT))).isEqualTo(TRACEPARENT);
    }

    @Test
    void stateWithoutATraceMakesARecordWithoutOne() {
        assertThat(TraceParent.headers(null).toArray()).isEmpty();
        assertThat(TraceParent.of(new RecordHeaders())).isNull();
    }

    @Test
    void theLatestTraceparentOfARecordIsTheOneThatCounts() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", "00-11111111111111111111111111111111-1111111111111111-01".getBytes(StandardCharsets.UTF_8));
        headers.add("traceparent", TRACEPARENT.getBytes(StandardCharsets.UTF_8));

        assertThat(TraceParent.of(headers)).isEqualTo(TRACEPARENT);
    }
}
