package org.frontdoor.notification.delivery;

import org.frontdoor.notification.alert.Alert;

/**
 * One alert to deliver to one subscription. The id is stable (alert id and subscription id), so
 * the alert read twice yields the same delivery, and the delivery log can say it is done.
 */
public record Delivery(String deliveryId, String subscriptionId, Alert alert) {

    static Delivery of(Alert alert, String subscriptionId) {
        return new Delivery(alert.alertId() + ":" + subscriptionId, subscriptionId, alert);
    }
}
