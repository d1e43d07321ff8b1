package org.frontdoor.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the delivery log keeps each status a second time: under its subscription, newest first,
 * so a subscription's deliveries are read a page at a time instead of by scanning every delivery
 * ever made. Index keys begin with a NUL, which no delivery id does, so the two kinds of key
 * share the store without meeting.
 *
 * <p>{@code NUL subscriptionId NUL position}, where the position is the first attempt's time
 * counted down (so newer sorts first), NUL, and the delivery id. A cursor is a position, opaque
 * to clients.
 */
final class SubscriptionIndex {

    private static final char SEPARATOR = '\u0000';
    private static final Pattern POSITION = Pattern.compile("[0-9]{19}\u0000.+");

    private SubscriptionIndex() {
    }

    static String key(DeliveryStatus status) {
        return first(status.subscriptionId()) + position(status);
    }

    /** The lowest key the subscription's entries can have. */
    static String first(String subscriptionId) {
        return SEPARATOR + subscriptionId + SEPARATOR;
    }

    /** Above every key of the subscription's entries, and below any other subscription's. */
    static String last(String subscriptionId) {
        return SEPARATOR + subscriptionId + '\u0001';
    }

    static String cursor(DeliveryStatus status) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position(status).getBytes(StandardCharsets.UTF_8));
    }

    /** The index key a cursor stands for, if it is a cursor this service gave. */
    static Optional<String> keyAt(String subscriptionId, String cursor) {
        try {
            String position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return POSITION.matcher(position).matches() ? Optional.of(first(subscriptionId) + position) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static String position(DeliveryStatus status) {
        return String.format("%019d", Long.MAX_VALUE - status.firstAttemptAt().toEpochMilli()) + SEPARATOR + status.deliveryId();
    }
}
