package org.frontdoor.localclock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A service's own clock moved by the local stack's shared offset, so that every service in
 * the stack agrees on "now" after the console moves time forward.
 */
public final class SharedClock extends Clock {

    private final Clock ownClock;
    private final ClockOffsetFile offsetFile;

    public SharedClock(Clock ownClock, ClockOffsetFile offsetFile) {
        this.ownClock = Objects.requireNonNull(ownClock);
        this.offsetFile = Objects.requireNonNull(offsetFile);
    }

    @Override
    public Instant instant() {
        return ownClock.instant().plus(offsetFile.offset());
    }

    @Override
    public ZoneId getZone() {
        return ownClock.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SharedClock(ownClock.withZone(zone), offsetFile);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SharedClock shared
                && ownClock.equals(shared.ownClock)
                && offsetFile.equals(shared.offsetFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ownClock, offsetFile);
    }

    @Override
    public String toString() {
        return "SharedClock[" + ownClock + " + offset in " + offsetFile.path() + "]";
    }
}
