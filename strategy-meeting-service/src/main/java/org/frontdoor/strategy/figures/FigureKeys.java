package org.frontdoor.strategy.figures;

import java.time.LocalDate;
import java.time.YearMonth;

import org.frontdoor.events.ClockType;
import org.frontdoor.events.StrategyMeetingOutcome;

/**
 * The keys of the counts store. A month's figures share the prefix {@code month|<yyyy-MM>|}, so
 * one prefix scan reads them; open clocks are {@code open|<clock>|<rag>|<team>}.
 */
final class FigureKeys {

    static final String OPEN_PREFIX = "open|";
    private static final String SEPARATOR = "|";

    private FigureKeys() {
    }

    static String monthPrefix(YearMonth month) {
        return "month" + SEPARATOR + month + SEPARATOR;
    }

    static String icpcsHeld(LocalDate heldOn) {
        return monthPrefix(YearMonth.from(heldOn)) + "icpcs";
    }

    static String icpcsInTime(LocalDate heldOn) {
        return monthPrefix(YearMonth.from(heldOn)) + "icpcs-in-time";
    }

    static String meetings(LocalDate heldOn, StrategyMeetingOutcome outcome) {
        return monthPrefix(YearMonth.from(heldOn)) + "meetings" + SEPARATOR + outcome.name();
    }

    static String meetingsWithoutEnquiry(LocalDate heldOn) {
        return monthPrefix(YearMonth.from(heldOn)) + "meetings-without-enquiry";
    }

    static String breaches(LocalDate breachedOn, ClockType clock) {
        return monthPrefix(YearMonth.from(breachedOn)) + "breaches" + SEPARATOR + clock.name();
    }

    static String openClocks(ClockType clock, Rag rag, String team) {
        return OPEN_PREFIX + clock.name() + SEPARATOR + rag.name() + SEPARATOR + team;
    }

    /** The clock, RAG and team an open-clocks key counts; the team is last, so it may hold any character. */
    static OpenClocks.Row openClocksRow(String key, long count) {
        String[] parts = key.substring(OPEN_PREFIX.length()).split("\\" + SEPARATOR, 3);
        return new OpenClocks.Row(ClockType.valueOf(parts[0]), Rag.valueOf(parts[1]), parts[2], count);
    }
}
