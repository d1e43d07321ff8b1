package org.frontdoor.security;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The refusals the security layer answers itself, before any controller runs, as RFC 9457 problem
 * details. The wording is fixed: a refusal never echoes the request, so it carries no personal data.
 */
enum Refusal {
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "The request is not valid",
            "The request's address or headers are not acceptable."),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Authentication required",
            "Present a valid bearer token from the configured issuer."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Not allowed",
            "Your role does not allow this request."),
    REQUEST_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large",
            "The request body is larger than this service accepts."),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
            "This client has made too many requests; retry after the time in Retry-After.");

    private final HttpStatus status;
    private final String title;
    private final String detail;

    Refusal(HttpStatus status, String title, String detail) {
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    HttpStatus status() {
        return status;
    }

    void send(HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        URI type = URI.create("urn:frontdoor:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
        String body = """
                {"type":"%s","title":"%s","status":%d,"detail":"%s"}""".formatted(type, title, status.value(), detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
        response.flushBuffer();
    }
}
