package org.frontdoor.notification.delivery;

import java.util.List;
import java.util.Optional;

import org.frontdoor.notification.api.InvalidRequest;
import org.frontdoor.notification.subscription.NoSuchSubscriptionException;
import org.frontdoor.notification.subscription.Subscriptions;
import org.frontdoor.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The deliveries of one of the caller's own subscriptions, newest first, a page at a time: the
 * next page's address is in a {@code Link: <…>; rel="next"} header while there is one. Another
 * manager's subscription, like an unknown or deleted one, is 404.
 */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryController {

    private final DeliveryLog log;
    private final Subscriptions subscriptions;
    private final DeliveryListProperties pages;

    DeliveryController(DeliveryLog log, Subscriptions subscriptions, DeliveryListProperties pages) {
        this.log = log;
        this.subscriptions = subscriptions;
        this.pages = pages;
    }

    @GetMapping
    ResponseEntity<List<DeliveryStatus>> forSubscription(@RequestParam String subscriptionId,
                                                         @RequestParam(required = false) Integer limit,
                                                         @RequestParam(required = false) String cursor,
                                                         Authentication manager) {
        int size = limit == null ? pages.defaultLimit() : limit;
        if (size < 1 || size > pages.maxLimit()) {
            throw new InvalidRequest("limit", "must be between 1 and " + pages.maxLimit());
        }
        Optional<String> after = cursor == null ? Optional.empty() : Optional.of(SubscriptionIndex.keyAt(subscriptionId, cursor)
                .orElseThrow(() -> new InvalidRequest("cursor", "is not a cursor this service gave")));
        // Only managers get this far (see NotificationAccess), so there is always a caller.
        String owner = Caller.of(manager).orElseThrow().subject();
        if (subscriptions.findOwned(subscriptionId, owner).isEmpty()) {
            throw new NoSuchSubscriptionException();
        }
        DeliveryPage page = log.forSubscription(subscriptionId, after, size);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        page.next().ifPresent(next -> ok.header(HttpHeaders.LINK, "<" + UriComponentsBuilder.fromPath("/api/v1/deliveries")
                .queryParam("subscriptionId", subscriptionId).queryParam("limit", size).queryParam("cursor", next)
                .encode().build().toUriString() + ">; rel=\"next\""));
        return ok.body(page.deliveries());
    }
}
