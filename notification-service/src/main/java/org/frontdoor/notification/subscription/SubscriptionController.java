package org.frontdoor.notification.subscription;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.frontdoor.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A manager's own subscriptions: created, listed, read and deleted by the manager who made them. */
@RestController
@RequestMapping("/api/v1/subscriptions")
class SubscriptionController {

    private final Subscriptions subscriptions;

    SubscriptionController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** A retry with the same {@code Idempotency-Key} is answered as the first request was, and creates nothing. */
    @PostMapping
    ResponseEntity<Map<String, String>> subscribe(@Valid @RequestBody SubscriptionRequest request,
                                                  @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
                                                  Authentication manager) {
        String subscriptionId = subscriptions.create(request, subjectOf(manager), IdempotencyKey.of(idempotencyKey));
        return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + subscriptionId))
                .body(Map.of("subscriptionId", subscriptionId));
    }

    @GetMapping
    List<SubscriptionView> list(Authentication manager) {
        return subscriptions.ownedBy(subjectOf(manager)).stream().map(SubscriptionView::of).toList();
    }

    @GetMapping("/{subscriptionId}")
    SubscriptionView one(@PathVariable String subscriptionId, Authentication manager) {
        return subscriptions.findOwned(subscriptionId, subjectOf(manager)).map(SubscriptionView::of)
                .orElseThrow(NoSuchSubscriptionException::new);
    }

    @DeleteMapping("/{subscriptionId}")
    ResponseEntity<Void> unsubscribe(@PathVariable String subscriptionId, Authentication manager) {
        if (!subscriptions.delete(subscriptionId, subjectOf(manager))) {
            throw new NoSuchSubscriptionException();
        }
        return ResponseEntity.noContent().build();
    }

    /** Only managers get this far (see NotificationAccess), so there is always a caller. */
    private static String subjectOf(Authentication manager) {
        return Caller.of(manager).orElseThrow().subject();
    }
}
