package org.frontdoor.security;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/**
 * The W3C trace id of the request being handled, so that an audit record leads to the same
 * request's log lines and events (decision 0011). Boot's server observation opens the request's
 * span before the security filters run, so refusals carry it as well as answers.
 */
final class TraceIds {

    private final Tracer tracer;

    /** @param tracer the service's tracer; {@link Tracer#NOOP} where a service has no tracing */
    TraceIds(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The current trace's id, or null outside any trace. */
    String current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        String traceId = span.context().traceId();
        return traceId == null || traceId.isBlank() ? null : traceId;
    }
}
