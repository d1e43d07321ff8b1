package org.frontdoor.notification.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many deliveries {@code GET /api/v1/deliveries} lists at a time: {@code defaultLimit} unless
 * the caller asks for another number, never more than {@code maxLimit}.
 */
@ConfigurationProperties("frontdoor.notifications.deliveries")
public record DeliveryListProperties(@DefaultValue("50") int defaultLimit, @DefaultValue("200") int maxLimit) {

    public DeliveryListProperties {
        if (defaultLimit < 1 || defaultLimit > maxLimit) {
            throw new IllegalArgumentException("frontdoor.notifications.deliveries.default-limit must be between 1 and max-limit");
        }
    }
}
