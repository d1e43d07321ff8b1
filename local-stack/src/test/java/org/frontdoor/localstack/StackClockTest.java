package org.frontdoor.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackClockTest {

    private static final Instant FRIDAY_MORNING = Instant.parse("2026-11-20T09:15:00Z");

    @TempDir
    Path directory;

    private StackClock clockAt(Instant realNow) {
        return new StackClock(directory.resolve("clock-offset"), Clock.fixed(realNow, ZoneOffset.UTC));
    }

    @Test
    void showsRealTimeUntilMoved() {
        StackClock.Reading reading = clockAt(FRIDAY_MORNING).read();

        assertThat(reading.now()).isEqualTo(FRIDAY_MORNING);
        assertThat(reading.offset()).isZero();
        assertThat(reading.today()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void movesForwardByCalendarDays() {
        StackClock.Reading reading = clockAt(FRIDAY_MORNING).advanceBy(Period.ofDays(16));

        assertThat(reading.now()).isEqualTo(Instant.parse("2026-12-06T09:15:00Z"));
        assertThat(reading.today()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(reading.offset()).isEqualTo(Duration.ofDays(16));
    }

    @Test
    void aDayAcrossTheEndOfSummerTimeKeepsTheTimeOfDayInLondon() {
        // 09:15 in London on Saturday 24 October 2026 (BST) is 08:15 UTC; clocks go back that night.
        StackClock clock = clockAt(Instant.parse("2026-10-24T08:15:00Z"));

        StackClock.Reading reading = clock.advanceBy(Period.ofDays(1));

        assertThat(reading.now()).isEqualTo(Instant.parse("2026-10-25T09:15:00Z"));
        assertThat(reading.offset()).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void movesForwardByExactDurations() {
        StackClock clock = clockAt(FRIDAY_MORNING);

        clock.advanceBy(Duration.ofHours(36));
        StackClock.Reading reading = clock.advanceBy(Duration.ofHours(12));

        assertThat(reading.now()).isEqualTo(FRIDAY_MORNING.plus(Duration.ofHours(48)));
        assertThat(reading.offset()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void neverMovesBackOrStandsStill() {
        StackClock clock = clockAt(FRIDAY_MORNING);

        assertThatIllegalArgumentException().isThrownBy(() -> clock.advanceBy(Period.ofDays(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> clock.advanceBy(Duration.ZERO));
        assertThat(clock.read().offset()).isZero();
    }

    @Test
    void twoClocksOnTheSameFileNeverLoseAMove() {
        StackClock console = clockAt(FRIDAY_MORNING);
        StackClock testApi = clockAt(FRIDAY_MORNING);
        console.read();

        testApi.advanceBy(Duration.ofHours(1));
        console.advanceBy(Duration.ofHours(2));

        assertThat(testApi.advanceBy(Duration.ofHours(4)).offset()).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void aMoveOutlivesARestartOfTheStack() {
        clockAt(FRIDAY_MORNING).advanceBy(Period.ofDays(16));

        assertThat(clockAt(FRIDAY_MORNING).read().offset()).isEqualTo(Duration.ofDays(16));
    }
}
