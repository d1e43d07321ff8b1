package org.frontdoor.notification.subscription;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 404 for a subscription that does not exist and for one another manager owns alike, with the
 * same words: a manager learns nothing about subscriptions beyond their own (decision 0010).
 */
public final class NoSuchSubscriptionException extends ErrorResponseException {

    public NoSuchSubscriptionException() {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such subscription"), null);
    }
}
