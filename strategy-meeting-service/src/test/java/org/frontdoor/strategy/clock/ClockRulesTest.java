package org.frontdoor.strategy.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.frontdoor.calendar.LondonTime;
import org.frontdoor.events.ClockType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClockRulesTest {

    private final ClockRules rules = ClockRules.defaults();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class StrategyMeetingClock {

        @Test
        void a_decision_on_a_friday_is_due_on_the_monday_and_at_risk_from_the_start_of_that_monday() {
            CaseClock clock = rules.startStrategyMeeting(date("2026-11-20"), false);

            assertThat(clock.clock()).isEqualTo(ClockType.STRATEGY_MEETING);
            assertThat(clock.startedOn()).isEqualTo(date("2026-11-20"));
            assertThat(clock.dueOn()).isEqualTo(date("2026-11-23"));
            assertThat(clock.atRiskAt()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
            assertThat(clock.breachesAt()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
            assertThat(clock.status()).isEqualTo(ClockStatus.RUNNING);
        }

        @Test
        void a_decision_at_the_weekend_counts_from_the_saturday_and_is_due_on_the_monday() {
            assertThat(rules.startStrategyMeeting(date("2026-11-21"), false).dueOn()).isEqualTo(date("2026-11-23"));
            assertThat(rules.startStrategyMeeting(date("2026-11-22"), false).dueOn()).isEqualTo(date("2026-11-23"));
        }

        @Test
        void immediate_risk_is_due_the_same_working_day_and_at_risk_from_the_moment_it_starts() {
            CaseClock clock = rules.startStrategyMeeting(date("2026-11-18"), true);

            assertThat(clock.dueOn()).isEqualTo(date("2026-11-18"));
            assertThat(clock.atRiskAt()).isEqualTo(Instant.parse("2026-11-18T00:00:00Z"));
            assertThat(clock.breachesAt()).isEqualTo(Instant.parse("2026-11-19T00:00:00Z"));
        }

        @Test
        void immediate_risk_at_the_weekend_is_due_on_the_next_working_day() {
            assertThat(rules.startStrategyMeeting(date("2026-11-21"), true).dueOn()).isEqualTo(date("2026-11-23"));
        }

        @Test
        void a_decision_on_christmas_eve_is_due_after_the_christmas_bank_holidays() {
            assertThat(rules.startStrategyMeeting(date("2026-12-24"), false).dueOn()).isEqualTo(date("2026-12-29"));
        }

        @Test
        void a_decision_at_half_past_eleven_utc_on_a_summer_evening_starts_on_the_next_london_day() {
            LocalDate day0 = LondonTime.dateOf(Instant.parse("2026-07-15T23:30:00Z"));

            CaseClock clock = rules.startStrategyMeeting(day0, false);

            assertThat(clock.startedOn()).isEqualTo(date("2026-07-16"));
            assertThat(clock.dueOn()).isEqualTo(date("2026-07-17"));
            // A London day in summer starts at 23:00 UTC the evening before.
            assertThat(clock.atRiskAt()).isEqualTo(Instant.parse("2026-07-16T23:00:00Z"));
            assertThat(clock.breachesAt()).isEqualTo(Instant.parse("2026-07-17T23:00:00Z"));
        }

        @Test
        void a_decision_just_before_london_midnight_in_summer_keeps_its_own_day() {
            LocalDate day0 = LondonTime.dateOf(Instant.parse("2026-07-15T22:59:00Z"));

            assertThat(rules.startStrategyMeeting(day0, false).dueOn()).isEqualTo(date("2026-07-16"));
        }

        @Test
        void in_winter_london_midnight_is_utc_midnight() {
            assertThat(LondonTime.dateOf(Instant.parse("2026-11-19T23:30:00Z"))).isEqualTo(date("2026-11-19"));
            assertThat(rules.startStrategyMeeting(LondonTime.dateOf(Instant.parse("2026-11-19T23:30:00Z")), false).dueOn())
                    .isEqualTo(date("2026-11-20"));
            assertThat(rules.startStrategyMeeting(LondonTime.dateOf(Instant.parse("2026-11-20T00:30:00Z")), false).dueOn())
                    .isEqualTo(date("2026-11-23"));
        }
    }

    @Nested
    class IcpcClock {

        @Test
        void a_strategy_meeting_on_16_december_2025_puts_the_icpc_due_on_9_january_2026() {
            CaseClock clock = rules.startIcpc(date("2025-12-16"));

            assertThat(clock.dueOn()).isEqualTo(date("2026-01-09"));
            assertThat(clock.atRiskOn()).isEqualTo(date("2026-01-06"));
            assertThat(clock.atRiskAt()).isEqualTo(Instant.parse("2026-01-06T00:00:00Z"));
            assertThat(clock.breachesAt()).isEqualTo(Instant.parse("2026-01-10T00:00:00Z"));
        }

        @Test
        void fifteen_working_days_from_27_march_2026_skip_easter_and_breach_at_london_midnight_in_summer_time() {
            CaseClock clock = rules.startIcpc(date("2026-03-27"));

            assertThat(clock.dueOn()).isEqualTo(date("2026-04-21"));
            assertThat(clock.atRiskOn()).isEqualTo(date("2026-04-16"));
            assertThat(clock.breachesAt()).isEqualTo(Instant.parse("2026-04-21T23:00:00Z"));
        }
    }

    @Nested
    class CoreGroupClock {

        @Test
        void ten_working_days_from_the_icpc_and_at_risk_two_working_days_before() {
            CaseClock clock = rules.startCoreGroup(date("2026-01-09"));

            assertThat(clock.clock()).isEqualTo(ClockType.CORE_GROUP);
            assertThat(clock.dueOn()).isEqualTo(date("2026-01-23"));
            assertThat(clock.atRiskOn()).isEqualTo(date("2026-01-21"));
            assertThat(clock.breachesAt()).isEqualTo(Instant.parse("2026-01-24T00:00:00Z"));
        }
    }

    @Nested
    class ReviewConferenceClock {

        @Test
        void the_first_review_is_due_three_calendar_months_after_the_icpc_and_at_risk_ten_working_days_before() {
            CaseClock clock = rules.startReviewConference(date("2026-01-09"), 1);

            assertThat(clock.clock()).isEqualTo(ClockType.REVIEW_CONFERENCE);
            assertThat(clock.cycle()).isEqualTo(1);
            assertThat(clock.dueOn()).isEqualTo(date("2026-04-09"));
            // Good Friday and Easter Monday 2026 are not working days.
            assertThat(clock.atRiskOn()).isEqualTo(date("2026-03-24"));
        }

        @Test
        void each_later_review_is_due_six_calendar_months_after_the_review_that_continued_the_plan() {
            CaseClock clock = rules.startReviewConference(date("2026-04-09"), 2);

            assertThat(clock.cycle()).isEqualTo(2);
            assertThat(clock.dueOn()).isEqualTo(date("2026-10-09"));
        }
    }
}
