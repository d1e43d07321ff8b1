package org.frontdoor.notification.alert;

import java.time.Instant;
import java.util.Comparator;

/** An alert kept for live-stream replay, with when this service first saw it (which orders replay). */
public record RecentAlert(Alert alert, Instant seenAt) {

    static final Comparator<RecentAlert> IN_ORDER_SEEN =
            Comparator.comparing(RecentAlert::seenAt).thenComparing(recent -> recent.alert().alertId());
}
