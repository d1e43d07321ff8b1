package org.frontdoor.notification.subscription;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 409: the request cannot be carried out as things stand. The words name no person and echo nothing sent. */
final class SubscriptionConflict extends ErrorResponseException {

    private SubscriptionConflict(String title, String detail) {
        super(HttpStatus.CONFLICT, problem(title, detail), null);
    }

    static SubscriptionConflict idempotencyKeyReused() {
        return new SubscriptionConflict("Idempotency-Key reused",
                "This Idempotency-Key was already used for a different subscription request");
    }

    static SubscriptionConflict tooMany(int maxPerManager) {
        return new SubscriptionConflict("Too many subscriptions",
                "A manager may hold at most " + maxPerManager + " subscriptions; delete one first");
    }

    private static ProblemDetail problem(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle(title);
        return problem;
    }
}
