package org.frontdoor.intake.web;

import java.util.List;

import org.frontdoor.intake.IntakeProperties;
import org.frontdoor.intake.contact.ContactMetrics;
import org.frontdoor.intake.contact.ContactNotRecorded;
import org.frontdoor.intake.contact.ContactOutcomeUnknown;
import org.frontdoor.intake.contact.FieldViolation;
import org.frontdoor.intake.contact.InvalidContact;
import org.frontdoor.intake.contact.RejectionReason;
import org.frontdoor.intake.idempotency.IdempotencyConflict;
import org.frontdoor.intake.idempotency.IdempotencyKey;
import org.frontdoor.intake.idempotency.InvalidIdempotencyKey;
import org.frontdoor.intake.kafka.StoresUnavailable;
import org.frontdoor.intake.partner.PartnerReferenceReused;
import org.frontdoor.intake.partner.UnknownNotification;
import org.frontdoor.intake.status.UnknownContact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal is RFC 9457 problem details. Field-level failures are listed in {@code errors} as
 * {@code {field, message}}; no answer carries a submitted value or a stack trace.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String ERRORS = "errors";
    static final String OUTCOME_UNKNOWN_UNDER_KEY = "Kafka did not confirm it in time, so it may or may not have been "
            + "recorded. Sending it again unchanged, with the same Idempotency-Key (a partner: the same partnerReference), "
            + "is safe: if it was recorded the answer is the recorded one, and if it was not it is recorded once";
    static final String OUTCOME_UNKNOWN_WITHOUT_KEY = "Kafka did not confirm it in time, so it may or may not have been "
            + "recorded. It was sent without an Idempotency-Key, so sending it again may record it twice: "
            + "send every contact with an Idempotency-Key";

    private final ContactMetrics metrics;
    private final String retryAfterSeconds;

    public ProblemResponses(ContactMetrics metrics, IntakeProperties properties) {
        this.metrics = metrics;
        this.retryAfterSeconds = String.valueOf(Math.max(1, properties.retryAfter().toSeconds()));
    }

    @ExceptionHandler(InvalidContact.class)
    ResponseEntity<ProblemDetail> invalidContact(InvalidContact invalid) {
        metrics.rejected(RejectionReason.INVALID);
        return invalidRequest("The request breaks " + invalid.violations().size() + " rule(s); see errors",
                invalid.violations());
    }

    @ExceptionHandler(InvalidIdempotencyKey.class)
    ResponseEntity<ProblemDetail> invalidIdempotencyKey(InvalidIdempotencyKey invalid) {
        metrics.rejected(RejectionReason.INVALID_IDEMPOTENCY_KEY);
        return invalidRequest("The Idempotency-Key header is not valid",
                List.of(new FieldViolation(IdempotencyKey.HEADER, invalid.getMessage())));
    }

    @ExceptionHandler(IdempotencyConflict.class)
    ResponseEntity<ProblemDetail> idempotencyConflict(IdempotencyConflict conflict) {
        metrics.rejected(RejectionReason.IDEMPOTENCY_CONFLICT);
        return problem(ProblemType.IDEMPOTENCY_KEY_REUSED.problem(
                "This Idempotency-Key recorded a different contact; use a new key for a new contact"));
    }

    @ExceptionHandler(PartnerReferenceReused.class)
    ResponseEntity<ProblemDetail> partnerReferenceReused(PartnerReferenceReused conflict) {
        metrics.rejected(RejectionReason.IDEMPOTENCY_CONFLICT);
        return problem(ProblemType.PARTNER_REFERENCE_REUSED.problem(
                "Your agency sent a different notification under this partnerReference; use a new reference for a new notification"));
    }

    @ExceptionHandler(ContactNotRecorded.class)
    ResponseEntity<ProblemDetail> contactNotRecorded(ContactNotRecorded notRecorded) {
        log.warn("Kafka did not take a contact in time; nothing was recorded: {}",
                NestedExceptionUtils.getMostSpecificCause(notRecorded).toString());
        metrics.rejected(RejectionReason.UNAVAILABLE);
        return unavailable(ProblemType.NOT_RECORDED.problem(
                "Kafka did not take it in time, so nothing was recorded; send it again"));
    }

    @ExceptionHandler(ContactOutcomeUnknown.class)
    ResponseEntity<ProblemDetail> contactOutcomeUnknown(ContactOutcomeUnknown unknown) {
        log.warn("Kafka did not confirm the commit of contact {} in time; it may or may not be recorded: {}",
                unknown.contactId(), unknown.getCause() == null ? "still unsettled"
                        : NestedExceptionUtils.getMostSpecificCause(unknown).toString());
        metrics.rejected(RejectionReason.OUTCOME_UNKNOWN);
        return unavailable(ProblemType.OUTCOME_UNKNOWN.problem(unknown.underKey() ? OUTCOME_UNKNOWN_UNDER_KEY
                : OUTCOME_UNKNOWN_WITHOUT_KEY));
    }

    @ExceptionHandler(StoresUnavailable.class)
    ResponseEntity<ProblemDetail> storesUnavailable(StoresUnavailable unavailable) {
        metrics.rejected(RejectionReason.UNAVAILABLE);
        return unavailable(ProblemType.TEMPORARILY_UNAVAILABLE.problem(
                "The service is catching up with its event log; try again shortly"));
    }

    @ExceptionHandler(UnknownContact.class)
    ResponseEntity<ProblemDetail> unknownContact(UnknownContact unknown) {
        return problem(ProblemType.UNKNOWN_CONTACT.problem("No contact with this id has been recorded"));
    }

    @ExceptionHandler(UnknownNotification.class)
    ResponseEntity<ProblemDetail> unknownNotification(UnknownNotification unknown) {
        return problem(ProblemType.UNKNOWN_NOTIFICATION.problem("Your agency has sent no notification with this id"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        log.error("Request failed unexpectedly", failure);
        return problem(ProblemType.INTERNAL_ERROR.problem("The request failed; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        metrics.rejected(RejectionReason.MALFORMED);
        FieldViolation violation = UnreadableBody.violation(unreadable.getCause());
        return ResponseEntity.badRequest().body(withErrors(
                ProblemType.INVALID_REQUEST.problem("The request body cannot be read; see errors"),
                List.of(violation)));
    }

    private ResponseEntity<ProblemDetail> invalidRequest(String detail, List<FieldViolation> violations) {
        return problem(withErrors(ProblemType.INVALID_REQUEST.problem(detail), violations));
    }

    private ResponseEntity<ProblemDetail> unavailable(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .body(problem);
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<FieldViolation> violations) {
        problem.setProperty(ERRORS, violations);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
