package org.frontdoor.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client address and one per authenticated client. A request first spends one
 * of its address's tokens, before its bearer token is read: a flood of invalid tokens is refused
 * 429 without a signature being checked for each. A request whose token proves valid gets that
 * token back and spends one of its client's (its subject's, whichever address it calls from)
 * instead, so many users behind one proxy do not share one allowance. Only requests without a
 * valid token count against an address; but once an address has spent its allowance, every
 * request from it waits, since which of them carry a valid token is not known before reading it.
 * A refused request is 429 with Retry-After, audited in bounds, and goes no further.
 */
final class RateLimiter {

    private final SecurityProperties.RateLimit limit;
    private final Clock clock;
    private final MeterRegistry meters;
    private final RefusalAudit audit;
    private final Map<String, TokenBucket> addresses = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> clients = new ConcurrentHashMap<>();

    RateLimiter(SecurityProperties.RateLimit limit, Clock clock, MeterRegistry meters, RefusalAudit audit) {
        this.limit = limit;
        this.clock = clock;
        this.meters = meters;
        this.audit = audit;
    }

    /** The filter to run before the bearer token is read. */
    OncePerRequestFilter beforeTokens() {
        return new ByAddress();
    }

    /** The filter to run once the bearer token is read. */
    OncePerRequestFilter afterTokens() {
        return new ByClient();
    }

    private final class ByAddress extends Limit {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (take(addresses, request.getRemoteAddr(), request, response, false)) {
                chain.doFilter(request, response);
            }
        }
    }

    private final class ByClient extends Limit {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication()).orElse(null);
            if (caller == null) {
                // No valid token: the request stays counted against its address.
                chain.doFilter(request, response);
                return;
            }
            // Every request that gets here spent one of its address's tokens first (ByAddress).
            TokenBucket address = addresses.get(request.getRemoteAddr());
            if (address != null) {
                address.giveBack();
            }
            if (take(clients, caller.subject(), request, response, true)) {
                chain.doFilter(request, response);
            }
        }
    }

    private abstract static class Limit extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            // Health probes come from the platform, often and unauthenticated; limiting them would
            // make a busy service look dead.
            return request.getRequestURI().startsWith("/actuator/health");
        }
    }

    /** Takes a token from the key's bucket, or answers 429 and says false. */
    private boolean take(Map<String, TokenBucket> buckets, String key, HttpServletRequest request,
                         HttpServletResponse response, boolean authenticated) throws IOException {
        long now = clock.millis();
        Duration wait = buckets.computeIfAbsent(key, k -> new TokenBucket(limit.burst(), limit.requestsPerSecond(), now))
                .take(now);
        if (wait.isZero()) {
            forgetIdleBuckets(buckets, now);
            return true;
        }
        Counter.builder("frontdoor.security.rate.limited")
                .description("Requests refused with 429 because the client exceeded its rate")
                .tag("authenticated", String.valueOf(authenticated))
                .register(meters)
                .increment();
        response.setHeader("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
        audit.refused(request, Refusal.TOO_MANY_REQUESTS);
        Refusal.TOO_MANY_REQUESTS.send(response);
        return false;
    }

    private void forgetIdleBuckets(Map<String, TokenBucket> buckets, long now) {
        // Checked only when the map has grown: a handful of clients never pays for the sweep.
        if (buckets.size() > 10_000) {
            long idleMillis = limit.idleAfter().toMillis();
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > idleMillis);
        }
    }
}
