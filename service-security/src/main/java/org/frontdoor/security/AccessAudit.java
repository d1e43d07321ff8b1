package org.frontdoor.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Audits every API request that reached a controller: the route pattern (never the query text),
 * the ids in the path, and the id parameters of a search. Ids are opaque references, never
 * names or dates of birth, so the trail itself holds no personal data.
 */
final class AccessAudit implements AsyncHandlerInterceptor {

    private static final int MAX_ID_LENGTH = 100;

    private final AuditTrail trail;

    AccessAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // A stream is audited when it opens; it may stay open for hours.
        record(request, HttpServletResponse.SC_OK);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            record(request, response.getStatus());
        }
    }

    private void record(HttpServletRequest request, int status) {
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication()).orElse(null);
        trail.record(caller, request.getMethod(), routeOf(request), resourceIdsOf(request), status);
    }

    static String routeOf(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null ? pattern.toString() : request.getRequestURI();
    }

    private static Map<String, String> resourceIdsOf(HttpServletRequest request) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> ids.put(String.valueOf(name), bounded(String.valueOf(value))));
        }
        request.getParameterMap().forEach((name, values) -> {
            if (name.endsWith("Id") && values.length > 0) {
                ids.put(bounded(name), bounded(String.join(",", values)));
            }
        });
        return ids;
    }

    /** Anyone can put anything in a path or query: the trail keeps no more than an id's worth. */
    private static String bounded(String value) {
        return value.length() <= MAX_ID_LENGTH ? value : value.substring(0, MAX_ID_LENGTH) + "…";
    }
}
