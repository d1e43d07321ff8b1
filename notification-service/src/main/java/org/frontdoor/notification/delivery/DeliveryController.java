package org.frontdoor.notification.delivery;

import java.util.List;

import org.frontdoor.notification.subscription.NoSuchSubscriptionException;
import org.frontdoor.notification.subscription.Subscriptions;
import org.frontdoor.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deliveries of one of the caller's own subscriptions. Another manager's subscription, like
 * an unknown or deleted one, is 404.
 */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryController {

    private final DeliveryLog log;
    private final Subscriptions subscriptions;

    DeliveryController(DeliveryLog log, Subscriptions subscriptions) {
        this.log = log;
        this.subscriptions = subscriptions;
    }

    @GetMapping
    List<DeliveryStatus> forSubscription(@RequestParam String subscriptionId, Authentication manager) {
        // Only managers get this far (see NotificationAccess), so there is always a caller.
        String owner = Caller.of(manager).orElseThrow().subject();
        if (subscriptions.findOwned(subscriptionId, owner).isEmpty()) {
            throw new NoSuchSubscriptionException();
        }
        return log.forSubscription(subscriptionId);
    }
}
