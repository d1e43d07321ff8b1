package org.frontdoor.strategy;

import java.time.Duration;

import org.frontdoor.calendar.ClockRule;
import org.frontdoor.calendar.Timescale;
import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.strategy.clock.ClockRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This service's settings, under {@code frontdoor.strategy}.
 *
 * @param dueCheckInterval     how often, in wall-clock time, each stream task checks its due index
 * @param overrideTeam         the team of a case opened by a manager's override to a strategy meeting
 * @param transactionIdPrefix  the prefix of the command producer's transactional ids; unique per instance
 * @param commandWait          how long a command waits for its event to reach the case store
 * @param commandMaxBlock      how long a command may block in each call on Kafka (max.block.ms of the
 *                             command producer: metadata, buffer space, starting, committing or aborting
 *                             its transaction), so an HTTP thread never waits out Kafka's default minute
 */
@ConfigurationProperties("frontdoor.strategy")
public record StrategyMeetingSettings(@DefaultValue("5s") Duration dueCheckInterval,
                                      @DefaultValue("assessment-and-safeguarding") String overrideTeam,
                                      @DefaultValue("strategy-meeting-service-commands-") String transactionIdPrefix,
                                      @DefaultValue("10s") Duration commandWait,
                                      @DefaultValue("5s") Duration commandMaxBlock,
                                      @DefaultValue Timescales timescales) {

    /** The clocks' timescales (domain section 5 by default); warnings in working days before the due date. */
    public record Timescales(@DefaultValue("1") int strategyMeetingWorkingDays,
                             @DefaultValue("0") int strategyMeetingImmediateRiskWorkingDays,
                             @DefaultValue("0") int strategyMeetingAtRiskWorkingDaysBeforeDue,
                             @DefaultValue("15") int icpcWorkingDays,
                             @DefaultValue("3") int icpcAtRiskWorkingDaysBeforeDue,
                             @DefaultValue("10") int coreGroupWorkingDays,
                             @DefaultValue("2") int coreGroupAtRiskWorkingDaysBeforeDue,
                             @DefaultValue("3") int firstReviewConferenceMonths,
                             @DefaultValue("6") int laterReviewConferenceMonths,
                             @DefaultValue("10") int reviewConferenceAtRiskWorkingDaysBeforeDue) {

        public ClockRules rules(WorkingDayCalendar calendar) {
            return new ClockRules(
                    new ClockRule(Timescale.workingDays(strategyMeetingWorkingDays), strategyMeetingAtRiskWorkingDaysBeforeDue),
                    new ClockRule(Timescale.workingDays(strategyMeetingImmediateRiskWorkingDays), strategyMeetingAtRiskWorkingDaysBeforeDue),
                    new ClockRule(Timescale.workingDays(icpcWorkingDays), icpcAtRiskWorkingDaysBeforeDue),
                    new ClockRule(Timescale.workingDays(coreGroupWorkingDays), coreGroupAtRiskWorkingDaysBeforeDue),
                    new ClockRule(Timescale.calendarMonths(firstReviewConferenceMonths), reviewConferenceAtRiskWorkingDaysBeforeDue),
                    new ClockRule(Timescale.calendarMonths(laterReviewConferenceMonths), reviewConferenceAtRiskWorkingDaysBeforeDue),
                    calendar);
        }
    }
}
