package org.frontdoor.localclock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The file that holds the local stack's clock offset as an ISO-8601 duration (for example
 * {@code PT384H}). Every service reads it and only the local stack's console writes it.
 *
 * <p>Readers look at the file again at most every {@value #REREAD_MILLIS} ms, so a move
 * reaches every service within a fraction of a second while a busy service still touches
 * the disk only a few times a second. Writers replace the file with an atomic move, so a
 * reader never sees half an offset.
 */
public final class ClockOffsetFile {

    static final long REREAD_MILLIS = 100;
    private static final long REREAD_NANOS = Duration.ofMillis(REREAD_MILLIS).toNanos();

    private static final Log log = LogFactory.getLog(ClockOffsetFile.class);

    private final Path path;
    private volatile Reading lastReading;
    private volatile String lastRejectedText;

    public ClockOffsetFile(Path path) {
        this.path = path.toAbsolutePath();
        this.lastReading = new Reading(read(Duration.ZERO), System.nanoTime());
    }

    public Path path() {
        return path;
    }

    /** The current offset; zero while the file does not exist (the clock was never moved). */
    public Duration offset() {
        Reading reading = lastReading;
        if (System.nanoTime() - reading.atNanos() >= REREAD_NANOS) {
            return freshOffset();
        }
        return reading.offset();
    }

    /** Reads the file now, whatever was read recently: for a writer about to change the offset. */
    public Duration freshOffset() {
        Reading reading = new Reading(read(lastReading.offset()), System.nanoTime());
        lastReading = reading;
        return reading.offset();
    }

    /** Replaces the offset in one atomic step: a reader sees either the old or the new one. */
    public synchronized void write(Duration offset) {
        try {
            Files.createDirectories(path.getParent());
            Path draft = Files.createTempFile(path.getParent(), path.getFileName().toString(), ".draft");
            Files.writeString(draft, offset.toString());
            Files.move(draft, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the clock offset to " + path, e);
        }
        lastReading = new Reading(offset, System.nanoTime());
    }

    private Duration read(Duration previous) {
        String text;
        try {
            text = Files.readString(path).strip();
        }
        catch (NoSuchFileException e) {
            return Duration.ZERO;
        }
        catch (IOException e) {
            log.warn("Could not read the clock offset from " + path + "; keeping " + previous, e);
            return previous;
        }
        try {
            return Duration.parse(text);
        }
        catch (DateTimeParseException e) {
            // Only a hand edit gets here; keep the clock steady rather than fail every caller.
            if (!text.equals(lastRejectedText)) {
                log.warn("Ignoring clock offset file " + path + ": '" + text + "' is not an ISO-8601 duration; keeping " + previous);
                lastRejectedText = text;
            }
            return previous;
        }
    }

    private record Reading(Duration offset, long atNanos) {
    }
}
