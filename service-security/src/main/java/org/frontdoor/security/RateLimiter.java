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
 * Limits each client to its token bucket. It runs after the bearer token is read, so a client is
 * its token's subject, whichever address it calls from; callers without a valid token are limited
 * by address. A refused request is 429 with Retry-After and goes no further.
 */
final class RateLimiter extends OncePerRequestFilter {

    private final SecurityProperties.RateLimit limit;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(SecurityProperties.RateLimit limit, Clock clock, MeterRegistry meters) {
        this.limit = limit;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        String client = clientOf(request);
        TokenBucket bucket = buckets.computeIfAbsent(client, c -> new TokenBucket(limit.burst(), limit.requestsPerSecond(), now));
        Duration wait = bucket.take(now);
        if (wait.isZero()) {
            forgetIdleBuckets(now);
            chain.doFilter(request, response);
            return;
        }
        Counter.builder("frontdoor.security.rate.limited")
                .description("Requests refused with 429 because the client exceeded its rate")
                .tag("authenticated", String.valueOf(!client.startsWith("address:")))
                .register(meters)
                .increment();
        response.setHeader("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
        Refusal.TOO_MANY_REQUESTS.send(response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Health probes come from the platform, often and unauthenticated; limiting them would
        // make a busy service look dead.
        return request.getRequestURI().startsWith("/actuator/health");
    }

    private static String clientOf(HttpServletRequest request) {
        return Caller.of(SecurityContextHolder.getContext().getAuthentication())
                .map(caller -> "subject:" + caller.subject())
                .orElseGet(() -> "address:" + request.getRemoteAddr());
    }

    private void forgetIdleBuckets(long now) {
        // Checked only when the map has grown: a handful of clients never pays for the sweep.
        if (buckets.size() > 10_000) {
            long idleMillis = limit.idleAfter().toMillis();
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > idleMillis);
        }
    }
}
