package org.frontdoor.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The standing rules for England and Wales bank holidays, used for years that no data file
 * covers. They cannot know one-off changes (a moved early May holiday, a jubilee, a state
 * funeral), which is why a year that the data covers is never answered from these rules.
 */
final class BankHolidayRules {

    private BankHolidayRules() {
    }

    static NavigableSet<LocalDate> bankHolidaysIn(int year) {
        LocalDate easterSunday = easterSunday(year);
        NavigableSet<LocalDate> holidays = new TreeSet<>(List.of(
                easterSunday.minusDays(2),
                easterSunday.plusDays(1),
                LocalDate.of(year, Month.MAY, 1).with(firstInMonth(MONDAY)),
                LocalDate.of(year, Month.MAY, 1).with(lastInMonth(MONDAY)),
                LocalDate.of(year, Month.AUGUST, 1).with(lastInMonth(MONDAY))));
        addWithSubstituteDays(holidays, List.of(LocalDate.of(year, Month.JANUARY, 1)));
        addWithSubstituteDays(holidays, List.of(
                LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26)));
        return Collections.unmodifiableNavigableSet(holidays);
    }

    /**
     * A fixed-date holiday on a weekday is kept; one on a weekend moves to the next weekday
     * that is not already a bank holiday. Weekday dates are placed first so that, with
     * Christmas on a Sunday, Boxing Day keeps Monday 26th and Christmas moves to Tuesday 27th,
     * as the published data does.
     */
    private static void addWithSubstituteDays(NavigableSet<LocalDate> holidays, List<LocalDate> fixedDates) {
        fixedDates.stream().filter(date -> !isWeekend(date)).forEach(holidays::add);
        for (LocalDate date : fixedDates) {
            if (isWeekend(date)) {
                LocalDate substitute = date.plusDays(1);
                while (isWeekend(substitute) || holidays.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                holidays.add(substitute);
            }
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm
     * (Meeus/Jones/Butcher). The single-letter names are the algorithm's own intermediate
     * quantities: golden number, century corrections, epact and weekday offset.
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }
}
