package org.frontdoor.notification.subscription;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/subscriptions")
class SubscriptionController {

    private final Subscriptions subscriptions;

    SubscriptionController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> subscribe(@Valid @RequestBody SubscriptionRequest request) {
        Subscription subscription = subscriptions.create(request);
        return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + subscription.subscriptionId()))
                .body(Map.of("subscriptionId", subscription.subscriptionId()));
    }

    @GetMapping
    List<SubscriptionView> list() {
        return subscriptions.all().stream().map(SubscriptionView::of).toList();
    }

    @DeleteMapping("/{subscriptionId}")
    ResponseEntity<Void> unsubscribe(@PathVariable String subscriptionId) {
        if (!subscriptions.delete(subscriptionId)) {
            // Rendered as a problem detail, like every other error of the API.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such subscription");
        }
        return ResponseEntity.noContent().build();
    }
}
