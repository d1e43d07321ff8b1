package org.frontdoor.triage.decision;

import java.util.List;
import java.util.Map;

import org.frontdoor.security.Caller;
import org.frontdoor.triage.decision.IdempotencyKey.InvalidIdempotencyKeyException;
import org.frontdoor.triage.decision.ManagementDecisions.AlreadyManagedException;
import org.frontdoor.triage.decision.ManagementDecisions.DecisionNotFoundException;
import org.frontdoor.triage.decision.ManagementDecisions.IdempotencyKeyReusedException;
import org.frontdoor.triage.decision.ManagementDecisions.InvalidManagementDecisionException;
import org.frontdoor.triage.decision.ManagementDecisions.NotConfirmedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/decisions")
class DecisionController {

    private final DecisionQueries decisions;
    private final ManagementDecisions management;

    DecisionController(DecisionQueries decisions, ManagementDecisions management) {
        this.decisions = decisions;
        this.management = management;
    }

    /** One decision per child once the contact is triaged; an empty list until then. */
    @GetMapping
    List<DecisionView> forContact(@RequestParam String contactId) {
        return decisions.forContact(contactId);
    }

    @GetMapping("/{decisionId}")
    DecisionView byId(@PathVariable String decisionId) {
        return decisions.byId(decisionId).orElseThrow(DecisionNotFoundException::new);
    }

    /**
     * The manager is whoever the token names: a body cannot speak for someone else. With an
     * Idempotency-Key, the same request again is answered as the first was.
     */
    @PostMapping("/{decisionId}/management-decision")
    DecisionView manage(@PathVariable String decisionId, @Valid @RequestBody ManagementDecisionRequest request,
                        @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
                        Authentication authentication) {
        String manager = Caller.of(authentication).orElseThrow().subject();
        return management.record(decisionId, request, manager, IdempotencyKey.of(idempotencyKey));
    }

    @ExceptionHandler(DecisionNotFoundException.class)
    ProblemDetail notFound(DecisionNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({AlreadyManagedException.class, IdempotencyKeyReusedException.class})
    ProblemDetail conflict(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** The key is not repeated: whatever was sent stays out of the answer. */
    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    ProblemDetail invalidKey(InvalidIdempotencyKeyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The Idempotency-Key header is not valid");
        problem.setProperty("errors", List.of(Map.of("field", IdempotencyKey.HEADER, "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(InvalidManagementDecisionException.class)
    ProblemDetail invalid(InvalidManagementDecisionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The management decision is not valid");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler({DecisionsUnavailableException.class, NotConfirmedException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }
}
