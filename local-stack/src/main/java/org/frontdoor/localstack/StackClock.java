package org.frontdoor.localstack;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;

import org.frontdoor.localclock.ClockOffsetFile;

/**
 * The stack's shared clock, seen and moved from outside the services. Every service reads the
 * same offset file, so moving it here moves time for all of them within a fraction of a second.
 * Time only moves forward: going back would let a service see a clock that already ran out
 * come back to life.
 */
public final class StackClock {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    // The console and a RunningStack each hold a StackClock on the same file. One lock for
    // every move in this JVM, and a fresh read of the file inside it, keep two moves from
    // losing one another.
    private static final Object MOVES = new Object();

    private final ClockOffsetFile offsetFile;
    private final Clock realClock;

    public StackClock(Path offsetFile, Clock realClock) {
        this.offsetFile = new ClockOffsetFile(offsetFile);
        this.realClock = realClock;
    }

    public Reading read() {
        Duration offset = offsetFile.offset();
        return new Reading(realClock.instant().plus(offset), offset);
    }

    /**
     * Moves the shared clock forward. A period moves by calendar days in London (P1D is 23 or
     * 25 hours across a change to or from summer time, so the time of day stays put); a
     * duration moves by exactly that much time.
     *
     * @throws IllegalArgumentException if the amount would not move the clock forward
     */
    public Reading advanceBy(TemporalAmount amount) {
        synchronized (MOVES) {
            Duration offset = offsetFile.freshOffset();
            Reading current = new Reading(realClock.instant().plus(offset), offset);
            ZonedDateTime from = current.now().atZone(LONDON);
            Duration step = Duration.between(from, from.plus(amount));
            if (step.isNegative() || step.isZero()) {
                throw new IllegalArgumentException("The shared clock only moves forward; " + amount + " does not.");
            }
            offsetFile.write(current.offset().plus(step));
            return read();
        }
    }

    /**
     * @param now the shared clock's instant
     * @param offset how far the shared clock is ahead of real time
     */
    public record Reading(Instant now, Duration offset) {

        /** The local date in London, which every statutory date is. */
        public LocalDate today() {
            return LocalDate.ofInstant(now, LONDON);
        }
    }
}
