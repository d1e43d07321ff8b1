package org.frontdoor.localclock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");

    @TempDir
    Path directory;

    private ClockOffsetFile offsetFile;

    @BeforeEach
    void offsetFile() {
        offsetFile = new ClockOffsetFile(directory.resolve("clock-offset"));
    }

    @Test
    void showsTheServicesOwnTimeWhileTheClockWasNeverMoved() {
        Clock clock = new SharedClock(Clock.fixed(NOW, LONDON), offsetFile);

        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void showsTheServicesOwnTimePlusTheSharedOffset() {
        offsetFile.write(Duration.ofDays(16));

        Clock clock = new SharedClock(Clock.fixed(NOW, LONDON), offsetFile);

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-06T09:15:00Z"));
        assertThat(clock.millis()).isEqualTo(Instant.parse("2026-12-06T09:15:00Z").toEpochMilli());
    }

    @Test
    void keepsTheZoneOfTheServicesOwnClock() {
        assertThat(new SharedClock(Clock.fixed(NOW, LONDON), offsetFile).getZone()).isEqualTo(LONDON);
    }

    @Test
    void aCopyInAnotherZoneStillFollowsTheSharedOffset() {
        offsetFile.write(Duration.ofHours(1));

        Clock utc = new SharedClock(Clock.fixed(NOW, LONDON), offsetFile).withZone(ZoneOffset.UTC);

        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(utc.instant()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }
}
