package org.frontdoor.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Nested
    class WhichDaysAreWorkingDays {

        @ParameterizedTest(name = "{0} {1}")
        @CsvFileSource(resources = PublishedBankHolidays.RESOURCE, numLinesToSkip = 1)
        void noBankHolidayInTheDataIsAWorkingDay(LocalDate bankHoliday, String name) {
            assertThat(calendar.isWorkingDay(bankHoliday)).isFalse();
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2025-12-24 | Christmas Eve is an ordinary Wednesday
                2025-12-29 | Monday between Boxing Day and New Year
                2025-12-31 | New Year's Eve
                2026-01-02 | Friday after New Year's Day
                2026-04-02 | Thursday before Good Friday
                2026-04-07 | Tuesday after Easter Monday
                2026-05-05 | Tuesday after the early May bank holiday
                2026-08-28 | Friday before the summer bank holiday
                2026-12-24 | Christmas Eve, Thursday
                2026-12-29 | Tuesday after the Boxing Day substitute
                2020-05-04 | the early May Monday in 2020, when the holiday moved to the Friday
                2022-05-30 | the spring Monday in 2022, when the holiday moved to the Thursday
                2022-06-01 | Wednesday before the jubilee holidays
                2022-09-20 | Tuesday after the state funeral
                2023-05-09 | Tuesday after the coronation
                2029-01-02 | Tuesday after New Year's Day, beyond the data
                """)
        void ordinaryWeekdaysAroundBankHolidaysAreWorkingDays(LocalDate weekday, String why) {
            assertThat(calendar.isWorkingDay(weekday)).isTrue();
        }

        @ParameterizedTest(name = "{0} substitutes for {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2020-12-28 | Boxing Day on Saturday 26th
                2021-12-27 | Christmas Day on Saturday 25th
                2021-12-28 | Boxing Day on Sunday 26th
                2022-01-03 | New Year's Day on Saturday 1st
                2022-12-27 | Christmas Day on Sunday 25th
                2023-01-02 | New Year's Day on Sunday 1st
                2026-12-28 | Boxing Day on Saturday 26th
                2027-12-27 | Christmas Day on Saturday 25th
                2027-12-28 | Boxing Day on Sunday 26th
                2028-01-03 | New Year's Day on Saturday 1st
                """)
        void substituteDaysAreNotWorkingDays(LocalDate substitute, String forWhat) {
            assertThat(substitute.getDayOfWeek()).isIn(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
            assertThat(calendar.isWorkingDay(substitute)).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"2026-03-07", "2026-03-08", "2029-06-02", "2029-06-03"})
        void weekendsAreNotWorkingDays(LocalDate weekendDay) {
            assertThat(calendar.isWorkingDay(weekendDay)).isFalse();
        }

        @Test
        void bankHolidaysBeyondTheDataAreNotWorkingDays() {
            assertThat(calendar.isWorkingDay(parse("2029-03-30"))).as("Good Friday 2029").isFalse();
            assertThat(calendar.isWorkingDay(parse("2029-04-02"))).as("Easter Monday 2029").isFalse();
        }

        @Test
        void aCalendarCanBeBuiltOnALocalAuthoritysOwnBankHolidays(@TempDir Path folder) throws IOException {
            Path file = Files.writeString(folder.resolve("bank-holidays.csv"),
                    "date,name\n2029-06-15,An invented one-off bank holiday\n");

            WorkingDayCalendar configured = new WorkingDayCalendar(BankHolidays.englandAndWales().withYearsFrom(file));

            assertThat(configured.isWorkingDay(parse("2029-06-15"))).isFalse();
            assertThat(configured.isWorkingDay(parse("2029-03-30")))
                    .as("the file lists all of 2029, so the rules' Good Friday no longer applies")
                    .isTrue();
        }
    }

    @Nested
    class AddingWorkingDays {

        @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
        @CsvSource(delimiter = '|', textBlock = """
                2025-12-16 | 15 | 2026-01-09 | domain example: ICPC after a strategy meeting on Tue 16 Dec 2025
                2026-03-27 | 15 | 2026-04-21 | domain example: across Good Friday and Easter Monday
                2026-12-24 |  1 | 2026-12-29 | domain example: contact on Christmas Eve, decision due Tuesday
                2026-03-04 |  1 | 2026-03-05 | Wednesday to Thursday
                2026-03-06 |  1 | 2026-03-09 | Friday to Monday
                2026-03-07 |  1 | 2026-03-09 | day 0 on a Saturday: the first working day after it is Monday
                2026-03-08 |  1 | 2026-03-09 | day 0 on a Sunday
                2026-03-07 |  2 | 2026-03-10 | day 0 on a Saturday, two working days
                2026-04-03 |  1 | 2026-04-07 | day 0 on Good Friday
                2026-03-04 | 10 | 2026-03-18 | two whole weeks
                """)
        void countsFromTheDayAfterDayZero(LocalDate day0, int n, LocalDate expected, String example) {
            assertThat(calendar.addWorkingDays(day0, n)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
        @CsvSource(delimiter = '|', textBlock = """
                2025-12-31 | 1 | 2026-01-02 | over New Year's Day
                2026-12-24 | 3 | 2026-12-31 | Christmas Eve to New Year's Eve
                2026-12-24 | 4 | 2027-01-04 | over Friday 1 January 2027 and the weekend
                2027-12-24 | 1 | 2027-12-29 | over the substitute days for Christmas and Boxing Day
                2027-12-31 | 1 | 2028-01-04 | over the New Year's Day substitute on Monday 3 January
                2028-12-22 | 1 | 2028-12-27 | over Christmas Day and Boxing Day on Monday and Tuesday
                2028-12-29 | 1 | 2029-01-02 | from the last year of the data into the rules' New Year's Day
                """)
        void countsAcrossTheTurnOfTheYear(LocalDate day0, int n, LocalDate expected, String example) {
            assertThat(calendar.addWorkingDays(day0, n)).isEqualTo(expected);
        }

        @Test
        void zeroWorkingDaysFromAWorkingDayIsThatDay() {
            assertThat(calendar.addWorkingDays(parse("2026-03-04"), 0)).isEqualTo(parse("2026-03-04"));
        }

        @ParameterizedTest(name = "{0} + 0 working days = {1} ({2})")
        @CsvSource(delimiter = '|', textBlock = """
                2026-03-07 | 2026-03-09 | Saturday to Monday
                2026-03-08 | 2026-03-09 | Sunday to Monday
                2026-04-03 | 2026-04-07 | Good Friday to the Tuesday after Easter Monday
                2027-12-25 | 2027-12-29 | Christmas Day on a Saturday to Wednesday
                """)
        void zeroWorkingDaysFromANonWorkingDayIsTheNextWorkingDay(LocalDate day0, LocalDate expected, String example) {
            assertThat(calendar.addWorkingDays(day0, 0)).isEqualTo(expected);
        }

        @Test
        void aNegativeNumberOfWorkingDaysIsRefused() {
            assertThatThrownBy(() -> calendar.addWorkingDays(parse("2026-03-04"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theResultIsAlwaysTheNthWorkingDayAfterDayZero() {
            for (LocalDate day0 = parse("2019-01-01"); day0.getYear() <= 2030; day0 = day0.plusDays(1)) {
                for (int n = 1; n <= 20; n++) {
                    LocalDate due = calendar.addWorkingDays(day0, n);

                    assertThat(calendar.isWorkingDay(due)).as("%s + %d is a working day", day0, n).isTrue();
                    assertThat(workingDaysAfterUpTo(day0, due)).as("working days after %s up to %s", day0, due)
                            .isEqualTo(n);
                }
            }
        }

        @Test
        void zeroWorkingDaysIsAlwaysTheFirstWorkingDayFromDayZeroOn() {
            for (LocalDate day0 = parse("2019-01-01"); day0.getYear() <= 2030; day0 = day0.plusDays(1)) {
                assertThat(calendar.addWorkingDays(day0, 0)).as("%s + 0", day0).isEqualTo(firstWorkingDayFrom(day0));
            }
        }

        private int workingDaysAfterUpTo(LocalDate day0, LocalDate due) {
            int count = 0;
            for (LocalDate day = day0.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day)) {
                    count++;
                }
            }
            return count;
        }

        private LocalDate firstWorkingDayFrom(LocalDate date) {
            return calendar.isWorkingDay(date) ? date : firstWorkingDayFrom(date.plusDays(1));
        }
    }

    @Nested
    class CountingWorkingDaysBack {

        @ParameterizedTest(name = "{1} working days before {0} = {2} ({3})")
        @CsvSource(delimiter = '|', textBlock = """
                2026-01-09 |  3 | 2026-01-06 | ICPC at-risk day for the domain example
                2026-04-21 |  3 | 2026-04-16 | a plain week
                2026-04-07 |  1 | 2026-04-02 | back over Easter Monday and Good Friday
                2027-01-05 |  3 | 2026-12-30 | back over New Year's Day, the weekend and into the old year
                2026-04-09 | 10 | 2026-03-24 | ten working days back over Easter
                2026-03-09 |  1 | 2026-03-06 | from a Monday to the Friday before
                2026-03-08 |  1 | 2026-03-06 | from a Sunday to the Friday before
                """)
        void countsBackFromTheDayBefore(LocalDate date, int n, LocalDate expected, String example) {
            assertThat(calendar.workingDaysBefore(date, n)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"2026-03-04", "2026-03-08", "2026-12-25"})
        void zeroWorkingDaysBeforeIsTheDateItselfWorkingDayOrNot(LocalDate date) {
            assertThat(calendar.workingDaysBefore(date, 0)).isEqualTo(date);
        }

        @Test
        void aNegativeNumberOfWorkingDaysIsRefused() {
            assertThatThrownBy(() -> calendar.workingDaysBefore(parse("2026-03-04"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void countingBackUndoesCountingForwardFromAWorkingDay() {
            for (LocalDate day = parse("2019-01-01"); day.getYear() <= 2030; day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day)) {
                    for (int n = 0; n <= 20; n++) {
                        assertThat(calendar.workingDaysBefore(calendar.addWorkingDays(day, n), n))
                                .as("%d working days back from %d working days after %s", n, n, day)
                                .isEqualTo(day);
                    }
                }
            }
        }
    }
}
