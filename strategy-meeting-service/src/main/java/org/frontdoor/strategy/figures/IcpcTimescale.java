package org.frontdoor.strategy.figures;

import java.time.LocalDate;
import java.util.Objects;

import org.frontdoor.calendar.WorkingDayCalendar;

/** Counts an ICPC's working days from the strategy meeting that started its enquiry. */
record IcpcTimescale(WorkingDayCalendar calendar) {

    IcpcTimescale {
        Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The fewest working days N for which the ICPC was "within N working days" of day 0, counted
     * with the calendar's own due-date arithmetic, the ICPC clock's: so an ICPC within the clock's
     * timescale never counts more days than the timescale, and a late one always does, whatever
     * weekends or bank holidays fall between (an ICPC on the Saturday after a Friday due date is
     * 16, not 15).
     */
    int workingDaysTo(LocalDate day0, LocalDate icpcOn) {
        if (icpcOn.isBefore(day0)) {
            throw new IllegalArgumentException("An ICPC cannot come before the meeting that started its enquiry");
        }
        int days = 0;
        while (calendar.addWorkingDays(day0, days).isBefore(icpcOn)) {
            days++;
        }
        return days;
    }
}
