package org.frontdoor.notification.api;

import java.util.List;

import org.frontdoor.notification.kafka.StreamsState;
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
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;

/**
 * Every error is an RFC 9457 problem detail. Validation failures list each field with a reason;
 * the rejected values are never echoed (a webhook secret could be among them).
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid("The request has invalid fields", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof DatabindException unreadable && !unreadable.getPath().isEmpty()) {
            FieldError error = new FieldError(path(unreadable), "is not allowed here or has a value that is not accepted");
            return ResponseEntity.badRequest().body(invalid("The request has invalid fields", List.of(error)));
        }
        return ResponseEntity.badRequest().body(invalid("The request body is not valid JSON", List.of()));
    }

    @ExceptionHandler(StreamsState.StoreUnavailableException.class)
    ProblemDetail starting(StreamsState.StoreUnavailableException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The service is starting; try again shortly");
    }

    private static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** {@code channel.url}, {@code clocks[0]}: the JSON path Jackson stopped at. */
    private static String path(DatabindException unreadable) {
        StringBuilder path = new StringBuilder();
        unreadable.getPath().forEach(reference -> {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        });
        return path.toString();
    }

    record FieldError(String field, String message) {
    }
}
