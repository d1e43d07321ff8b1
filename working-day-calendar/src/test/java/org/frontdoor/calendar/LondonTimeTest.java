package org.frontdoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LondonTimeTest {

    @ParameterizedTest(name = "{0} is {1} in London ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-15T23:59:59Z | 2026-01-15 | winter: London is on UTC
            2026-01-16T00:00:00Z | 2026-01-16 | winter: midnight UTC is midnight in London
            2026-07-02T22:59:59Z | 2026-07-02 | summer: one second before midnight BST
            2026-07-02T23:30:00Z | 2026-07-03 | summer: 00:30 BST is already the next day
            2026-03-29T00:30:00Z | 2026-03-29 | the night the clocks go forward
            2026-10-24T23:30:00Z | 2026-10-25 | the night the clocks go back, still BST
            """)
    void dateOfIsTheLocalDateInLondon(Instant instant, LocalDate expected, String when) {
        assertThat(LondonTime.dateOf(instant)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} starts at {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-15 | 2026-01-15T00:00:00Z | a winter day starts at midnight UTC
            2026-07-15 | 2026-07-14T23:00:00Z | a summer day starts at 23:00 UTC the day before
            2026-03-29 | 2026-03-29T00:00:00Z | the day the clocks go forward starts in GMT
            2026-03-30 | 2026-03-29T23:00:00Z | the first whole day of BST
            2026-10-25 | 2026-10-24T23:00:00Z | the day the clocks go back starts in BST
            2026-10-26 | 2026-10-26T00:00:00Z | the first whole day of GMT
            """)
    void startOfIsLondonMidnight(LocalDate date, Instant expected, String when) {
        assertThat(LondonTime.startOf(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-01-15", "2026-03-29", "2026-07-15", "2026-10-25"})
    void theStartOfADayIsOnThatDay(LocalDate date) {
        assertThat(LondonTime.dateOf(LondonTime.startOf(date))).isEqualTo(date);
        assertThat(LondonTime.dateOf(LondonTime.startOf(date).minusNanos(1))).isEqualTo(date.minusDays(1));
    }
}
