package org.frontdoor.triage.decision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param ruleSet           the threshold-of-need rule set; an LA replaces it without a code change
 * @param historyRetentionDays how long a child's contacts are kept for the rules that look back
 *                          (365 days) — a little longer, so a late-arriving contact still counts
 * @param clockCheckInterval how often the contact-decision clocks falling due are looked for
 */
@ConfigurationProperties("triage")
public record TriageProperties(@DefaultValue("classpath:rulesets/default.yaml") Resource ruleSet,
                               @DefaultValue("400") int historyRetentionDays,
                               @DefaultValue("PT5S") Duration clockCheckInterval) {
}
