package org.frontdoor.intake.contact;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a contact is a late entry: received further back than the window, it is recorded only with
 * the reason it is recorded late (a letter that arrived late, a migration from another system). Its
 * clocks count from when it was received all the same, so they may already have run out.
 *
 * @param window how far back {@code receivedAt} may lie for a contact that is not late
 */
@ConfigurationProperties("frontdoor.intake.late-entry")
public record LateEntryProperties(@DefaultValue("30d") Duration window) {

    public LateEntryProperties {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("frontdoor.intake.late-entry.window must be positive");
        }
    }
}
