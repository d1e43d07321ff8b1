package org.frontdoor.notification.delivery;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryController {

    private final DeliveryLog log;

    DeliveryController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping
    List<DeliveryStatus> forSubscription(@RequestParam String subscriptionId) {
        return log.forSubscription(subscriptionId);
    }
}
