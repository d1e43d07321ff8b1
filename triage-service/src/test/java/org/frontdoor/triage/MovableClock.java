package org.frontdoor.triage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.frontdoor.calendar.LondonTime;

/** A clock a test moves forward, as the local stack's console does for every service. */
public final class MovableClock extends Clock {

    private final AtomicReference<Instant> now;

    public MovableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public void moveTo(Instant instant) {
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return LondonTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The front door runs on London time");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
