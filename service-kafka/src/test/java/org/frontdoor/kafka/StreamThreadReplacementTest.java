package org.frontdoor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class StreamThreadReplacementTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MovableClock clock = new MovableClock();
    private final StreamThreadReplacement handler = new StreamThreadReplacement("triage-service",
            new StreamsSettings.ThreadReplacement(2, Duration.ofMinutes(10)), clock, meters);

    @Test
    void aFailedThreadIsReplacedSoTheServiceKeepsProcessing() {
        assertThat(handler.handle(new IllegalStateException("boom"))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(count("replaced")).isEqualTo(1);
    }

    @Test
    void aFaultThatRecursPastTheBudgetShutsTheApplicationDownSoItsHealthIsDown() {
        handler.handle(new IllegalStateException("1"));
        handler.handle(new IllegalStateException("2"));

        assertThat(handler.handle(new IllegalStateException("3"))).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        assertThat(count("shut_down")).isEqualTo(1);
    }

    @Test
    void failuresOutsideTheWindowNoLongerCountAgainstTheBudget() {
        handler.handle(new IllegalStateException("1"));
        handler.handle(new IllegalStateException("2"));

        clock.advance(Duration.ofMinutes(10));

        assertThat(handler.handle(new IllegalStateException("3"))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    private double count(String outcome) {
        return meters.get("frontdoor.streams.thread.failures").tag("outcome", outcome).tag("application", "triage-service")
                .counter().count();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
