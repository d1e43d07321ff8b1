package org.frontdoor.triage.figures;

import java.time.LocalDate;
import java.util.Objects;

import org.frontdoor.events.Route;

/**
 * One thing a tally counts: a measure, the London date it belongs to (none for what is counted
 * "now") and the dimensions it is broken down by; a dimension a measure does not use is null.
 */
record Counted(Measure measure, LocalDate on, String source, Route route, String team, ClockRag rag) {

    /** Where undated tallies sort, apart from every date. */
    static final String UNDATED = "now";

    Counted {
        Objects.requireNonNull(measure, "measure");
    }

    static Counted contactReceived(LocalDate on, String source) {
        return new Counted(Measure.CONTACTS_RECEIVED, on, source, null, null, null);
    }

    static Counted childDecision(LocalDate on, String source, Route route) {
        return new Counted(Measure.CHILD_DECISIONS, on, source, route, null, null);
    }

    static Counted reReferral(LocalDate on, Route route) {
        return new Counted(Measure.RE_REFERRALS, on, null, route, null, null);
    }

    static Counted received(Measure measure, LocalDate on) {
        return new Counted(measure, on, null, null, null, null);
    }

    static Counted breach(LocalDate breachedOn) {
        return new Counted(Measure.BREACHES, breachedOn, null, null, null, null);
    }

    static Counted openClock(String team, ClockRag rag) {
        return new Counted(Measure.OPEN_CLOCKS, null, null, null, team, rag);
    }

    /**
     * The tally's key in its store. The date comes first, so one prefix scan finds a month (or
     * everything undated); the source comes last because it is the only part that is free text,
     * so no source, whatever it holds, can make two different tallies share a key.
     */
    String key() {
        return String.join("|", on == null ? UNDATED : on.toString(), measure.name(), text(team), text(rag), text(route),
                text(source));
    }

    private static String text(Object part) {
        return part == null ? "" : part.toString();
    }
}
