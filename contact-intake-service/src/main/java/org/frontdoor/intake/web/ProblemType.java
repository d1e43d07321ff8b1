package org.frontdoor.intake.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The kinds of problem this service answers with (RFC 9457 problem types). */
enum ProblemType {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "The request is not valid"),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.CONFLICT, "The Idempotency-Key was already used for a different contact"),
    PARTNER_REFERENCE_REUSED(HttpStatus.CONFLICT, "The partnerReference was already used for a different notification"),
    UNKNOWN_CONTACT(HttpStatus.NOT_FOUND, "No such contact"),
    UNKNOWN_NOTIFICATION(HttpStatus.NOT_FOUND, "No such notification"),
    TEMPORARILY_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "The service cannot answer right now"),
    NOT_RECORDED(HttpStatus.SERVICE_UNAVAILABLE, "Not recorded: Kafka did not take it in time"),
    OUTCOME_UNKNOWN(HttpStatus.SERVICE_UNAVAILABLE, "Perhaps recorded: Kafka did not confirm it in time"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "The service failed");

    private final HttpStatus status;
    private final String title;

    ProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    HttpStatus status() {
        return status;
    }

    ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:frontdoor:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(title);
        return problem;
    }
}
