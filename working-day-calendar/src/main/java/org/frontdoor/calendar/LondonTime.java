package org.frontdoor.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Local time at the front door. Every statutory date is a local date in Europe/London, so an
 * event's day 0 is the London date of its instant (a contact at 23:30 UTC in July arrived the
 * next day), and a local day starts at London midnight, which is 23:00 UTC the day before
 * while British Summer Time is in force.
 */
public final class LondonTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private LondonTime() {
    }

    /** The local date in London at this instant: the day 0 of an event that happened then. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The instant a local day begins in London. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
