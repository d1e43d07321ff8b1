package org.frontdoor.notification.delivery;

/**
 * A delivery this service refuses to make at all, such as a webhook whose host now resolves to
 * a private address. Nothing is sent, and it is not retried: the delivery is FAILED at once
 * with the reason, and its record goes to the dead-letter topic.
 */
public class DeliveryRefused extends DeliveryAttemptFailed {

    public DeliveryRefused(String reason) {
        super("refused: " + reason);
    }
}
