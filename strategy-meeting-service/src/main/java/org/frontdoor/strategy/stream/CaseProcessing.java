package org.frontdoor.strategy.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import org.frontdoor.strategy.clock.ClockRules;

/**
 * What the case topology needs from its surroundings.
 *
 * @param clock            the service's clock: due checks compare alert moments with its now, not with
 *                         stream time, so that a clock moved by tests or the local stack raises alerts
 * @param dueCheckInterval how often, in wall-clock time, the due index is checked
 * @param partitions       partitions of the proposals repartition topic; must equal those of the case
 *                         events topic, because both feed the same case stores
 * @param overrideTeam     the team of a case opened by a manager's override, which names no team
 */
public record CaseProcessing(ClockRules rules, Clock clock, Duration dueCheckInterval, int partitions,
                             String overrideTeam, AlertListener alerts) {

    public CaseProcessing {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dueCheckInterval, "dueCheckInterval");
        Objects.requireNonNull(overrideTeam, "overrideTeam");
        Objects.requireNonNull(alerts, "alerts");
    }
}
