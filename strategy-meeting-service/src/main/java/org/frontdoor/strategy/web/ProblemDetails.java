package org.frontdoor.strategy.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.frontdoor.strategy.cases.CaseRuleViolation;
import org.frontdoor.strategy.kafka.CaseEventPublisher.EventsNotPublished;
import org.frontdoor.strategy.stream.CasesUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem detail. Details name rules and fields, never the values
 * sent, so no personal data reaches an error body or the log.
 */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetails.class);

    @ExceptionHandler(CaseNotFound.class)
    ProblemDetail notFound(CaseNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Case not found", e.getMessage());
    }

    @ExceptionHandler(CaseRuleViolation.class)
    ProblemDetail ruleViolation(CaseRuleViolation e) {
        return switch (e.kind()) {
            case CONFLICT -> problem(HttpStatus.CONFLICT, "Not allowed in the case's state", e.getMessage());
            case IMPOSSIBLE_DATE -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "Impossible date", e.getMessage());
            case KEY_REUSED -> problem(HttpStatus.CONFLICT, "Idempotency-Key reused", e.getMessage());
        };
    }

    @ExceptionHandler(InvalidField.class)
    ProblemDetail invalidField(InvalidField e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields.");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields.");
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", "Not a valid value.")));
        return problem;
    }

    @ExceptionHandler({CasesUnavailable.class, EventsNotPublished.class})
    ProblemDetail unavailable(RuntimeException e) {
        log.warn("Answered 503: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable",
                "The service cannot record or read cases at the moment; nothing was recorded. Try again shortly.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields.");
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    // The reader's own message quotes the input; the answer says only that the body is unreadable.
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request",
                "The body is not valid JSON for this request: check field names, types, dates (yyyy-mm-dd) and allowed values."));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
