package org.frontdoor.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers 401 and 403 as problem details, keeps the standard {@code WWW-Authenticate} challenge,
 * and audits the refusal: attempts to read what one may not are exactly what an auditor looks for.
 * A flood of them is audited in summary beyond the first few ({@link RefusalAudit}).
 */
final class ProblemRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler insufficient = new BearerTokenAccessDeniedHandler();
    private final RefusalAudit audit;

    ProblemRefusals(RefusalAudit audit) {
        this.audit = audit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        challenge.commence(request, response, failure);
        audit.refused(request, Refusal.UNAUTHENTICATED);
        Refusal.UNAUTHENTICATED.send(response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        insufficient.handle(request, response, denied);
        audit.refused(request, Refusal.FORBIDDEN);
        Refusal.FORBIDDEN.send(response);
    }
}
