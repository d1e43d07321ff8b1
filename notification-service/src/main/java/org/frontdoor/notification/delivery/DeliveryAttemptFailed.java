package org.frontdoor.notification.delivery;

/**
 * A channel could not deliver. The reason is short and safe to keep and show: it names what
 * went wrong (an HTTP status, a timeout), never the secret, the body or anything personal.
 */
public class DeliveryAttemptFailed extends Exception {

    public DeliveryAttemptFailed(String reason) {
        super(reason, null, false, false);
    }
}
