package org.frontdoor.calendar;

import java.time.LocalDate;

/**
 * How long a statutory clock runs: a number of working days, or a number of calendar months.
 */
public sealed interface Timescale permits Timescale.WorkingDays, Timescale.CalendarMonths {

    /** The last date on which the milestone is still in time, for a clock started on {@code startedOn}. */
    LocalDate dueOn(LocalDate startedOn, WorkingDayCalendar calendar);

    static Timescale workingDays(int count) {
        return new WorkingDays(count);
    }

    static Timescale calendarMonths(int count) {
        return new CalendarMonths(count);
    }

    /** "Within N working days": see {@link WorkingDayCalendar#addWorkingDays(LocalDate, int)}. */
    record WorkingDays(int count) implements Timescale {

        public WorkingDays {
            if (count < 0) {
                throw new IllegalArgumentException("A timescale cannot be negative: " + count + " working days");
            }
        }

        @Override
        public LocalDate dueOn(LocalDate startedOn, WorkingDayCalendar calendar) {
            return calendar.addWorkingDays(startedOn, count);
        }
    }

    /**
     * "Within N months": the same day of the month N months on. When that month is shorter the
     * date is its last day (31 January + 1 month is 28 or 29 February), the earlier of the two
     * possible readings, so a review is never scheduled beyond the limit.
     *
     * <p>The date is kept even when it is a weekend or bank holiday. The guidance sets these
     * limits in months ("within three months of the initial conference", "at intervals of not
     * more than six months") without moving them to a working day; moving the date forward would
     * allow a review later than the limit, and the at-risk warning, counted in working days before
     * the date, already gives managers the working days before it to hold the conference.
     */
    record CalendarMonths(int count) implements Timescale {

        public CalendarMonths {
            if (count < 0) {
                throw new IllegalArgumentException("A timescale cannot be negative: " + count + " months");
            }
        }

        @Override
        public LocalDate dueOn(LocalDate startedOn, WorkingDayCalendar calendar) {
            return startedOn.plusMonths(count);
        }
    }
}
