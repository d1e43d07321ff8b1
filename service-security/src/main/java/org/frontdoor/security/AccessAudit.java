package org.frontdoor.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Audits every API request that reached a controller: the route pattern (never the query text),
 * the ids in the path, the id parameters of a search, what a command created, and the facts the
 * service added ({@link AuditFacts}). Ids are opaque references, never names or dates of birth,
 * so the trail itself holds no personal data.
 */
final class AccessAudit implements AsyncHandlerInterceptor {

    private final AuditTrail trail;
    private final TraceIds traces;
    private final CreatedIds created;

    AccessAudit(AuditTrail trail, TraceIds traces, CreatedIds created) {
        this.trail = trail;
        this.traces = traces;
        this.created = created;
    }

    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // A stream is audited when it opens; it may stay open for hours.
        record(request, HttpServletResponse.SC_OK, Map.of());
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            boolean createdOne = response.getStatus() == HttpServletResponse.SC_CREATED;
            record(request, response.getStatus(),
                    createdOne ? created.of(response.getHeader(HttpHeaders.LOCATION)) : Map.of());
        }
    }

    private void record(HttpServletRequest request, int status, Map<String, String> createdIds) {
        trail.record(Access.of(request, status, traces.current())
                .withIds(resourceIdsOf(request), createdIds)
                .withFacts(AuditFacts.of(request)));
    }

    private static Map<String, String> resourceIdsOf(HttpServletRequest request) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> ids.put(String.valueOf(name), Access.bounded(String.valueOf(value))));
        }
        request.getParameterMap().forEach((name, values) -> {
            if (name.endsWith("Id") && values.length > 0) {
                ids.put(Access.bounded(name), Access.bounded(String.join(",", values)));
            }
        });
        return ids;
    }
}
