package org.frontdoor.localclock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClockOffsetFileTest {

    @TempDir
    Path directory;

    @Test
    void offsetIsZeroWhileTheClockWasNeverMoved() {
        ClockOffsetFile file = new ClockOffsetFile(directory.resolve("clock-offset"));

        assertThat(file.offset()).isZero();
    }

    @Test
    void aServiceStartingLateStartsWithTheCurrentOffset() throws IOException {
        Path path = directory.resolve("clock-offset");
        Files.writeString(path, "P16D\n");

        assertThat(new ClockOffsetFile(path).offset()).isEqualTo(Duration.ofDays(16));
    }

    @Test
    void aReaderSeesAnotherProcessMoveTheClockWithinAFractionOfASecond() {
        Path path = directory.resolve("clock-offset");
        ClockOffsetFile reader = new ClockOffsetFile(path);
        ClockOffsetFile writer = new ClockOffsetFile(path);

        writer.write(Duration.ofHours(36));

        await().atMost(Duration.ofMillis(500)).pollInterval(Duration.ofMillis(10))
                .until(() -> reader.offset().equals(Duration.ofHours(36)));
    }

    @Test
    void aWriterAboutToMoveTheClockReadsTheFileAfresh() {
        Path path = directory.resolve("clock-offset");
        ClockOffsetFile console = new ClockOffsetFile(path);
        assertThat(console.offset()).isZero();

        new ClockOffsetFile(path).write(Duration.ofDays(2));

        assertThat(console.freshOffset()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void theWriterSeesItsOwnMoveAtOnce() {
        ClockOffsetFile file = new ClockOffsetFile(directory.resolve("clock-offset"));

        file.write(Duration.ofDays(3));

        assertThat(file.offset()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void theFileHoldsOnlyTheIsoDurationAndNoDraftIsLeftBehind() throws IOException {
        Path path = directory.resolve("nested/clock-offset");

        new ClockOffsetFile(path).write(Duration.ofDays(16));

        assertThat(Files.readString(path)).isEqualTo("PT384H");
        try (var entries = Files.list(path.getParent())) {
            assertThat(entries).containsExactly(path);
        }
    }

    @Test
    void aHandEditThatIsNotADurationLeavesTheClockWhereItWas() throws IOException {
        Path path = directory.resolve("clock-offset");
        ClockOffsetFile writer = new ClockOffsetFile(path);
        writer.write(Duration.ofHours(5));
        ClockOffsetFile reader = new ClockOffsetFile(path);

        Files.writeString(path, "next tuesday");

        await().pollDelay(Duration.ofMillis(2 * ClockOffsetFile.REREAD_MILLIS)).atMost(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(reader.offset()).isEqualTo(Duration.ofHours(5)));
    }
}
