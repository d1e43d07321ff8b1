package org.frontdoor.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days: Monday to Friday, except bank holidays. Statutory timescales are counted in
 * these days (domain section 5). Immutable and safe to share between threads.
 */
public final class WorkingDayCalendar {

    private static final WorkingDayCalendar ENGLAND_AND_WALES = new WorkingDayCalendar(BankHolidays.englandAndWales());

    private final BankHolidays bankHolidays;

    public WorkingDayCalendar(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    }

    /** The calendar of the bundled England and Wales bank holidays, with the rules beyond them. */
    public static WorkingDayCalendar englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.isBankHoliday(date);
    }

    /**
     * The due date of "within {@code n} working days" of an event on {@code day0}: the n-th
     * working day after day 0, not counting day 0 itself. With n = 0 it is day 0 when that is a
     * working day, else the next working day, so that an immediate timescale started at a
     * weekend is due on the first working day.
     *
     * @throws IllegalArgumentException when n is negative
     */
    public LocalDate addWorkingDays(LocalDate day0, int n) {
        requireNotNegative(n);
        if (n == 0) {
            LocalDate date = day0;
            while (!isWorkingDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }
        LocalDate date = day0;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The n-th working day before {@code date}, not counting the date itself; for example the
     * 3rd working day before Friday 9 January 2026 is Tuesday 6 January 2026. With n = 0 it is
     * the date itself, working day or not, so that a warning "at the start of the due date" is
     * written as 0 working days before it.
     *
     * @throws IllegalArgumentException when n is negative
     */
    public LocalDate workingDaysBefore(LocalDate date, int n) {
        requireNotNegative(n);
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative: " + n);
        }
    }
}
