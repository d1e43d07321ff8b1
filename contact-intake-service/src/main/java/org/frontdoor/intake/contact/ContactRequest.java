package org.frontdoor.intake.contact;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A contact as front-door staff submit it. Enumerated values arrive as text so that every invalid
 * field is reported together by the {@link ContactValidator}, not one at a time by the JSON reader.
 *
 * @param lateEntryReason why a contact received further back than the late-entry window is
 *                        recorded only now (see {@link LateEntryProperties}); only for such a contact
 */
public record ContactRequest(Instant receivedAt,
                             String channel,
                             String referralSource,
                             ReferrerRequest referrer,
                             List<ChildRequest> children,
                             List<IndicatorRequest> indicators,
                             Boolean immediateRisk,
                             String consent,
                             String summary,
                             String lateEntryReason) {

    public List<IndicatorRequest> indicatorsOrNone() {
        return indicators == null ? List.of() : indicators;
    }

    public boolean isImmediateRisk() {
        return Boolean.TRUE.equals(immediateRisk);
    }

    /** The same contact with one more indicator after those it lists. */
    public ContactRequest withIndicator(IndicatorRequest indicator) {
        List<IndicatorRequest> more = Stream.concat(indicatorsOrNone().stream(), Stream.of(indicator)).toList();
        return new ContactRequest(receivedAt, channel, referralSource, referrer, children, more, immediateRisk, consent,
                summary, lateEntryReason);
    }
}
