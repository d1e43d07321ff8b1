package org.frontdoor.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers 401 and 403 as problem details, keeps the standard {@code WWW-Authenticate} challenge,
 * and audits the refusal: attempts to read what one may not are exactly what an auditor looks for.
 */
final class ProblemRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler insufficient = new BearerTokenAccessDeniedHandler();
    private final AuditTrail trail;

    ProblemRefusals(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        challenge.commence(request, response, failure);
        audit(request, Refusal.UNAUTHENTICATED);
        Refusal.UNAUTHENTICATED.send(response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        insufficient.handle(request, response, denied);
        audit(request, Refusal.FORBIDDEN);
        Refusal.FORBIDDEN.send(response);
    }

    private void audit(HttpServletRequest request, Refusal refusal) {
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication()).orElse(null);
        trail.record(caller, request.getMethod(), AccessAudit.routeOf(request), Map.of(), refusal.status().value());
    }
}
