package org.frontdoor.security;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;

/**
 * What a command created, read from its 201 answer's {@code Location}: the last segment of the
 * path, named as the service's own GET of that address names it ({@code /api/v1/contacts/c-1}
 * is read by {@code GET /api/v1/contacts/{contactId}}, so it is {@code contactId=c-1}). The same
 * name then appears in the records of every later read of it, so one query on the trail finds
 * who created a thing and who read it. A location the service has no GET for is named {@code id}.
 */
final class CreatedIds {

    static final String UNNAMED = "id";

    private final Supplier<Map<RequestMappingInfo, HandlerMethod>> routes;

    /** @param routes the service's routes, asked for only when a 201 is answered (they exist by then) */
    CreatedIds(Supplier<Map<RequestMappingInfo, HandlerMethod>> routes) {
        this.routes = routes;
    }

    Map<String, String> of(String location) {
        Optional<String> path = pathOf(location);
        if (path.isEmpty()) {
            return Map.of();
        }
        String id = path.get().substring(path.get().lastIndexOf('/') + 1);
        if (id.isEmpty()) {
            return Map.of();
        }
        PathContainer created = PathContainer.parsePath(path.get());
        String name = routes.get().keySet().stream()
                .filter(CreatedIds::isRead)
                .map(RequestMappingInfo::getPathPatternsCondition)
                .filter(patterns -> patterns != null)
                .flatMap(patterns -> patterns.getPatterns().stream())
                .map(pattern -> nameOf(pattern, created, id))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(UNNAMED);
        return Map.of(name, Access.bounded(id));
    }

    private static boolean isRead(RequestMappingInfo route) {
        var methods = route.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.stream().anyMatch(method -> method.asHttpMethod() == HttpMethod.GET);
    }

    /** The variable of the pattern that holds the created id, when the pattern matches the whole location. */
    private static Optional<String> nameOf(PathPattern pattern, PathContainer created, String id) {
        PathPattern.PathMatchInfo match = pattern.matchAndExtract(created);
        if (match == null) {
            return Optional.empty();
        }
        return match.getUriVariables().entrySet().stream()
                .filter(variable -> variable.getValue().equals(id))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Optional<String> pathOf(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(URI.create(location).getRawPath()).filter(path -> !path.isEmpty());
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }
}
