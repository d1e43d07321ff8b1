package org.frontdoor.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTest {

    // The domain's ICPC example: strategy meeting Fri 27 Mar 2026, due Tue 21 Apr 2026, in BST.
    private final Deadline icpc = new Deadline(parse("2026-03-27"), parse("2026-04-21"), parse("2026-04-16"));

    // The domain's contact example: received Thu 24 Dec 2026, due Tue 29 Dec 2026, in GMT.
    private final Deadline contactDecision =
            new Deadline(parse("2026-12-24"), parse("2026-12-29"), parse("2026-12-29"));

    @ParameterizedTest(name = "held on {0}: in time {1}")
    @CsvSource({
            "2026-04-20, true",
            "2026-04-21, true",
            "2026-04-22, false",
            "2026-05-01, false",
    })
    void aMilestoneOnOrBeforeTheDueDateIsInTime(LocalDate heldOn, boolean inTime) {
        assertThat(icpc.isMetInTime(heldOn)).isEqualTo(inTime);
    }

    @ParameterizedTest(name = "recorded at {0}: in time {1}")
    @CsvSource({
            "2026-04-21T22:59:59.999Z, true",  // 23:59:59.999 BST on the due date
            "2026-04-21T23:00:00Z, false",     // midnight BST: the clock has breached
    })
    void aMilestoneRecordedBeforeMidnightBstAtTheEndOfTheDueDateIsInTime(Instant recordedAt, boolean inTime) {
        assertThat(icpc.isMetInTime(recordedAt)).isEqualTo(inTime);
    }

    @ParameterizedTest(name = "recorded at {0}: in time {1}")
    @CsvSource({
            "2026-12-29T23:59:59.999Z, true",
            "2026-12-30T00:00:00Z, false",
    })
    void aMilestoneRecordedBeforeMidnightGmtAtTheEndOfTheDueDateIsInTime(Instant recordedAt, boolean inTime) {
        assertThat(contactDecision.isMetInTime(recordedAt)).isEqualTo(inTime);
    }

    @Test
    void aClockBreachesAtTheStartOfTheNextCalendarDayEvenAtAWeekend() {
        Deadline dueOnAFriday = new Deadline(parse("2025-12-16"), parse("2026-01-09"), parse("2026-01-06"));

        assertThat(dueOnAFriday.breachesOn()).isEqualTo("2026-01-10");
        assertThat(dueOnAFriday.breachesAt()).isEqualTo("2026-01-10T00:00:00Z");
    }

    @Test
    void theInstantsAreTheStartsOfTheLocalDaysInLondon() {
        assertThat(icpc.atRiskAt()).isEqualTo("2026-04-15T23:00:00Z");
        assertThat(icpc.breachesAt()).isEqualTo("2026-04-21T23:00:00Z");
        assertThat(contactDecision.atRiskAt()).isEqualTo("2026-12-29T00:00:00Z");
        assertThat(contactDecision.breachesAt()).isEqualTo("2026-12-30T00:00:00Z");
    }

    @Test
    void aDueDateBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> new Deadline(parse("2026-04-21"), parse("2026-04-20"), parse("2026-04-20")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAtRiskDateOutsideTheClocksRunIsRefused() {
        assertThatThrownBy(() -> new Deadline(parse("2026-03-27"), parse("2026-04-21"), parse("2026-04-22")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(parse("2026-03-27"), parse("2026-04-21"), parse("2026-03-26")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
