package org.frontdoor.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What one audit record says about one request: who (when anyone was authenticated), what, from
 * where, in which trace, and the answer. Everything here is an id, a code or an address, never a
 * child's details; text a caller controls (the method, a path no route matched) is cut to an id's length.
 */
record Access(Caller caller, String method, String route, String clientAddress, String traceId, int status,
              Map<String, String> resourceIds, Map<String, String> createdIds, Map<String, String> facts) {

    private static final int MAX_TEXT_LENGTH = 100;

    Access {
        method = bounded(method);
        route = bounded(route);
        resourceIds = Map.copyOf(resourceIds);
        createdIds = Map.copyOf(createdIds);
        facts = Map.copyOf(facts);
    }

    /** The request being answered, by the caller its token authenticated, if any. */
    static Access of(HttpServletRequest request, int status, String traceId) {
        return new Access(Caller.of(SecurityContextHolder.getContext().getAuthentication()).orElse(null),
                request.getMethod(), routeOf(request), request.getRemoteAddr(), traceId, status, Map.of(), Map.of(), Map.of());
    }

    /** The route's pattern, or the path itself when the request was answered before any route matched. */
    static String routeOf(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null ? pattern.toString() : request.getRequestURI();
    }

    Access withRoute(String otherRoute) {
        return new Access(caller, method, otherRoute, clientAddress, traceId, status, resourceIds, createdIds, facts);
    }

    Access withIds(Map<String, String> resource, Map<String, String> created) {
        return new Access(caller, method, route, clientAddress, traceId, status, resource, created, facts);
    }

    Access withFacts(Map<String, String> otherFacts) {
        return new Access(caller, method, route, clientAddress, traceId, status, resourceIds, createdIds, otherFacts);
    }

    /** Anyone can put anything in a path or query: the trail keeps no more than an id's worth. */
    static String bounded(String value) {
        return value == null || value.length() <= MAX_TEXT_LENGTH ? value : value.substring(0, MAX_TEXT_LENGTH) + "…";
    }
}
