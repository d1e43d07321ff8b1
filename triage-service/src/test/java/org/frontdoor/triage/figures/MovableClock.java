package org.frontdoor.triage.figures;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.frontdoor.calendar.LondonTime;

/** A clock the test moves, as the local stack's console moves every service's. */
final class MovableClock extends Clock {

    private final AtomicReference<Instant> now;

    MovableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    void moveTo(Instant instant) {
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
