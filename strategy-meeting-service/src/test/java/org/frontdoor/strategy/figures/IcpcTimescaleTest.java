package org.frontdoor.strategy.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.frontdoor.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcpcTimescaleTest {

    private final IcpcTimescale timescale = new IcpcTimescale(WorkingDayCalendar.englandAndWales());

    @ParameterizedTest(name = "{0} to {1}: {2} working days")
    @CsvSource({
            // The domain's worked example: Tue 16 Dec 2025 + 15 working days is Fri 9 Jan 2026.
            "2025-12-16, 2026-01-09, 15",
            "2025-12-16, 2026-01-12, 16",
            // The Saturday after a Friday due date is late: 16, not 15.
            "2025-12-16, 2026-01-10, 16",
            "2026-03-27, 2026-04-21, 15",
            "2026-11-09, 2026-11-09, 0",
            "2026-11-09, 2026-11-10, 1",
            // Christmas and Boxing Day (a Saturday, so Monday 28th) are not working days.
            "2026-12-23, 2026-12-29, 2",
            // An enquiry started on a Saturday: within 0 and within 1 working day both end on the Monday.
            "2026-11-07, 2026-11-09, 0",
            "2026-11-07, 2026-11-10, 2"
    })
    void counts_working_days_as_the_icpc_clock_does(LocalDate day0, LocalDate icpcOn, int workingDays) {
        assertThat(timescale.workingDaysTo(day0, icpcOn)).isEqualTo(workingDays);
    }

    @Test
    void an_icpc_within_the_timescale_never_counts_more_than_the_timescale_and_a_late_one_always_does() {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        for (LocalDate day0 = LocalDate.parse("2026-01-01"); day0.isBefore(LocalDate.parse("2027-01-01")); day0 = day0.plusDays(1)) {
            LocalDate due = calendar.addWorkingDays(day0, 15);
            for (LocalDate icpcOn = day0; icpcOn.isBefore(due.plusDays(6)); icpcOn = icpcOn.plusDays(1)) {
                assertThat(timescale.workingDaysTo(day0, icpcOn) <= 15).as("%s to %s", day0, icpcOn).isEqualTo(!icpcOn.isAfter(due));
            }
        }
    }

    @Test
    void an_icpc_before_the_meeting_that_started_the_enquiry_is_refused() {
        assertThatThrownBy(() -> timescale.workingDaysTo(LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-06")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
