package org.frontdoor.triage.decision;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/decisions")
class DecisionController {

    private final DecisionQueries decisions;

    DecisionController(DecisionQueries decisions) {
        this.decisions = decisions;
    }

    /** One decision per child once the contact is triaged; an empty list until then. */
    @GetMapping
    List<DecisionView> forContact(@RequestParam String contactId) {
        return decisions.forContact(contactId);
    }

    @GetMapping("/{decisionId}")
    ResponseEntity<?> byId(@PathVariable String decisionId) {
        return decisions.byId(decisionId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "No decision has that id")).build());
    }

    @ExceptionHandler(DecisionsUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(DecisionsUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }
}
