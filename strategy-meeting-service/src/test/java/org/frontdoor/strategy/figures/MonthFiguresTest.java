package org.frontdoor.strategy.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.frontdoor.events.ClockType;
import org.frontdoor.events.StrategyMeetingOutcome;
import org.junit.jupiter.api.Test;

class MonthFiguresTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final LocalDate IN_NOVEMBER = LocalDate.parse("2026-11-17");
    private static final Instant AS_OF = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void the_percentage_of_icpcs_in_time_is_rounded_half_up_to_one_decimal_and_the_ratio_is_exact() {
        MonthFigures figures = MonthFigures.of(NOVEMBER, AS_OF, Map.of(
                FigureKeys.icpcsHeld(IN_NOVEMBER), 3L, FigureKeys.icpcsInTime(IN_NOVEMBER), 2L), 15);

        assertThat(figures.icpcsInTime()).isEqualTo(new MonthFigures.IcpcsInTime(15, 2, 3, new BigDecimal("66.7")));
        assertThat(figures.icpcsInTime().ratio()).isEqualTo(2.0 / 3);
    }

    @Test
    void a_month_without_icpcs_has_no_percentage_and_no_ratio() {
        MonthFigures figures = MonthFigures.of(NOVEMBER, AS_OF, Map.of(), 15);

        assertThat(figures.icpcsInTime().percentage()).isNull();
        assertThat(figures.icpcsInTime().ratio()).isNaN();
        assertThat(figures.strategyMeetings().byOutcome()).containsOnlyKeys(StrategyMeetingOutcome.values()).allSatisfy((outcome, count) ->
                assertThat(count).isZero());
        assertThat(figures.breaches()).containsOnlyKeys(ClockType.STRATEGY_MEETING, ClockType.ICPC, ClockType.CORE_GROUP,
                ClockType.REVIEW_CONFERENCE);
    }

    @Test
    void meetings_total_every_outcome_and_only_this_months_counts_are_read() {
        MonthFigures figures = MonthFigures.of(NOVEMBER, AS_OF, Map.of(
                FigureKeys.meetings(IN_NOVEMBER, StrategyMeetingOutcome.SECTION_47), 4L,
                FigureKeys.meetings(IN_NOVEMBER, StrategyMeetingOutcome.CHILD_IN_NEED), 2L,
                FigureKeys.meetings(IN_NOVEMBER, StrategyMeetingOutcome.NO_FURTHER_ACTION), 1L,
                FigureKeys.meetingsWithoutEnquiry(IN_NOVEMBER), 3L,
                FigureKeys.meetings(LocalDate.parse("2026-12-01"), StrategyMeetingOutcome.SECTION_47), 9L,
                FigureKeys.breaches(IN_NOVEMBER, ClockType.ICPC), 5L), 15);

        assertThat(figures.strategyMeetings().total()).isEqualTo(7);
        assertThat(figures.strategyMeetings().withoutEnquiry()).isEqualTo(3);
        assertThat(figures.breaches()).containsEntry(ClockType.ICPC, 5L).containsEntry(ClockType.CORE_GROUP, 0L);
    }

    @Test
    void an_open_clocks_key_holds_any_team_name() {
        String key = FigureKeys.openClocks(ClockType.ICPC, Rag.AMBER, "north|east team");

        assertThat(FigureKeys.openClocksRow(key, 4)).isEqualTo(new OpenClocks.Row(ClockType.ICPC, Rag.AMBER, "north|east team", 4));
    }
}
