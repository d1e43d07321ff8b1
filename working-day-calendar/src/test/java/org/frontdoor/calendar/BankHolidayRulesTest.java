package org.frontdoor.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BankHolidayRulesTest {

    /** A one-off change in the published data: dates added by proclamation and standing dates moved away. */
    record OneOffChange(List<LocalDate> added, List<LocalDate> removed) {
    }

    private static final Map<Integer, OneOffChange> ONE_OFF_CHANGES = Map.of(
            // Early May bank holiday moved from Monday 4 to Friday 8 May for the VE day anniversary.
            2020, new OneOffChange(List.of(parse("2020-05-08")), List.of(parse("2020-05-04"))),
            // Spring bank holiday moved from Monday 30 May to Thursday 2 June; Platinum Jubilee
            // on Friday 3 June; the Queen's state funeral on Monday 19 September.
            2022, new OneOffChange(
                    List.of(parse("2022-06-02"), parse("2022-06-03"), parse("2022-09-19")),
                    List.of(parse("2022-05-30"))),
            // The King's coronation on Monday 8 May.
            2023, new OneOffChange(List.of(parse("2023-05-08")), List.of()));

    static IntStream yearsInTheData() {
        return PublishedBankHolidays.years();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearsInTheData")
    void theRulesReproduceThePublishedDatesExceptTheOneOffChanges(int year) {
        Set<LocalDate> expected = new TreeSet<>(PublishedBankHolidays.in(year));
        OneOffChange change = ONE_OFF_CHANGES.getOrDefault(year, new OneOffChange(List.of(), List.of()));
        change.added().forEach(expected::remove);
        expected.addAll(change.removed());

        assertThat(BankHolidayRules.bankHolidaysIn(year)).containsExactlyElementsOf(expected);
    }

    @Test
    void theOneOffChangesReallyAreInTheData() {
        ONE_OFF_CHANGES.forEach((year, change) -> assertThat(PublishedBankHolidays.in(year))
                .as("published bank holidays in %d", year)
                .containsAll(change.added())
                .noneMatch(change.removed()::contains));
    }

    @ParameterizedTest(name = "Easter Sunday {0}")
    @CsvSource({
            "2000-04-23",
            "2008-03-23", // nearly the earliest possible
            "2011-04-24",
            "2019-04-21",
            "2024-03-31",
            "2025-04-20",
            "2029-04-01",
            "2030-04-21",
            "2038-04-25", // the latest possible date
            "2285-03-22", // the earliest possible date
    })
    void easterSundayFollowsTheGregorianReckoning(LocalDate easterSunday) {
        assertThat(BankHolidayRules.easterSunday(easterSunday.getYear())).isEqualTo(easterSunday);
    }

    @Test
    void christmasOnASaturdayMovesChristmasToMondayAndBoxingDayToTuesday() {
        // 25 December 2032 is a Saturday.
        assertThat(BankHolidayRules.bankHolidaysIn(2032).tailSet(parse("2032-12-01")))
                .containsExactly(parse("2032-12-27"), parse("2032-12-28"));
    }

    @Test
    void christmasOnASundayKeepsBoxingDayOnMondayAndMovesChristmasToTuesday() {
        // 25 December 2033 is a Sunday.
        assertThat(BankHolidayRules.bankHolidaysIn(2033).tailSet(parse("2033-12-01")))
                .containsExactly(parse("2033-12-26"), parse("2033-12-27"));
    }

    @Test
    void christmasOnAFridayMovesBoxingDayToMonday() {
        // 25 December 2037 is a Friday.
        assertThat(BankHolidayRules.bankHolidaysIn(2037).tailSet(parse("2037-12-01")))
                .containsExactly(parse("2037-12-25"), parse("2037-12-28"));
    }

    @Test
    void newYearsDayOnASaturdayMovesToMondayThe3rd() {
        assertThat(BankHolidayRules.bankHolidaysIn(2033).first()).isEqualTo(parse("2033-01-03"));
    }

    @Test
    void newYearsDayOnASundayMovesToMondayThe2nd() {
        assertThat(BankHolidayRules.bankHolidaysIn(2034).first()).isEqualTo(parse("2034-01-02"));
    }

    @Test
    void everyYearHasEightBankHolidaysAndNoneOnAWeekend() {
        IntStream.rangeClosed(2000, 2100).forEach(year -> assertThat(BankHolidayRules.bankHolidaysIn(year))
                .as("bank holidays in %d", year)
                .hasSize(8)
                .allSatisfy(date -> assertThat(date.getDayOfWeek().getValue()).isLessThanOrEqualTo(5)));
    }
}
