package org.frontdoor.security;

import java.time.Duration;

/** A classic token bucket, measured in milliseconds of the caller's clock. */
final class TokenBucket {

    private final double capacity;
    private final double perMilli;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perMilli = perSecond / 1000.0;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes one token: zero if there was one, otherwise how long until there will be. */
    synchronized Duration take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) Math.ceil((1 - tokens) / perMilli));
    }

    /** Returns a token taken for a request that turned out not to count against this bucket. */
    synchronized void giveBack() {
        tokens = Math.min(capacity, tokens + 1);
    }

    synchronized long idleSince(long now) {
        return now - updatedAt;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * perMilli);
            updatedAt = now;
        }
    }
}
