package org.frontdoor.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimescaleTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void aWorkingDayTimescaleCountsWorkingDaysAfterTheStart() {
        assertThat(Timescale.workingDays(15).dueOn(parse("2025-12-16"), calendar)).isEqualTo(parse("2026-01-09"));
    }

    @Test
    void aZeroWorkingDayTimescaleStartedOnAWeekendIsDueOnTheNextWorkingDay() {
        assertThat(Timescale.workingDays(0).dueOn(parse("2026-03-07"), calendar)).isEqualTo(parse("2026-03-09"));
    }

    @ParameterizedTest(name = "{0} + {1} months = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-09 | 3 | 2026-04-09 | the same day of the month
            2026-04-09 | 6 | 2026-10-09 | the same day of the month
            2025-01-31 | 1 | 2025-02-28 | 31 January to the last day of February
            2028-01-31 | 1 | 2028-02-29 | 31 January to the last day of February in a leap year
            2026-01-31 | 3 | 2026-04-30 | 31 January to the last day of April
            2026-11-30 | 3 | 2027-02-28 | 30 November to the last day of February
            2026-03-31 | 6 | 2026-09-30 | 31 March to the last day of September
            2026-08-31 | 6 | 2027-02-28 | 31 August to the last day of February
            2028-02-29 | 6 | 2028-08-29 | a leap day keeps its day of the month
            2026-10-30 | 3 | 2027-01-30 | over the turn of the year
            """)
    void aCalendarMonthTimescaleIsTheSameDayOfTheMonthOrTheLastDayOfAShorterMonth(
            LocalDate startedOn, int months, LocalDate expected, String example) {
        assertThat(Timescale.calendarMonths(months).dueOn(startedOn, calendar)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} months = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-09-25 | 3 | 2026-12-25 | Christmas Day
            2026-11-30 | 3 | 2027-02-28 | a Sunday
            2026-05-31 | 3 | 2026-08-31 | the summer bank holiday
            """)
    void aCalendarMonthDueDateStaysOnANonWorkingDay(LocalDate startedOn, int months, LocalDate expected, String what) {
        LocalDate dueOn = Timescale.calendarMonths(months).dueOn(startedOn, calendar);

        assertThat(dueOn).isEqualTo(expected);
        assertThat(calendar.isWorkingDay(dueOn)).isFalse();
    }

    @Test
    void aNegativeTimescaleIsRefused() {
        assertThatThrownBy(() -> Timescale.workingDays(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timescale.calendarMonths(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timescalesAreValues() {
        assertThat(Timescale.workingDays(15)).isEqualTo(new Timescale.WorkingDays(15));
        assertThat(Timescale.calendarMonths(3)).isEqualTo(new Timescale.CalendarMonths(3));
        assertThat(Timescale.workingDays(3)).isNotEqualTo(Timescale.calendarMonths(3));
    }
}
