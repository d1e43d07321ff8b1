package org.frontdoor.notification.delivery;

import java.util.List;
import java.util.Optional;

/** One page of a subscription's deliveries, and the cursor to the next page if there is one. */
record DeliveryPage(List<DeliveryStatus> deliveries, Optional<String> next) {
}
