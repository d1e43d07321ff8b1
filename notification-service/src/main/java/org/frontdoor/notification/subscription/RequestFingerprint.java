package org.frontdoor.notification.subscription;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of a subscription request's meaning, recorded with its Idempotency-Key: a retry has
 * the same one whatever the order of its lists or fields, and an absent list is the same as an
 * empty one ("all"). Compared across restarts and releases: change it only knowingly.
 */
final class RequestFingerprint {

    private static final JsonMapper CANONICAL_JSON = JsonMapper.builder().build();

    private RequestFingerprint() {
    }

    static String of(SubscriptionRequest request) {
        Map<String, Object> form = new TreeMap<>();
        form.put("teams", new TreeSet<>(request.filter().teams()));
        form.put("clocks", new TreeSet<>(request.filter().clocks()));
        form.put("kinds", new TreeSet<>(request.filter().kinds()));
        Map<String, Object> channel = new TreeMap<>();
        channel.put("type", request.channel().channelType());
        if (request.channel() instanceof WebhookChannel webhook) {
            channel.put("url", webhook.url());
            channel.put("secret", webhook.secret());
        } else if (request.channel() instanceof EmailChannel email) {
            channel.put("address", email.address());
        }
        form.put("channel", channel);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CANONICAL_JSON.writeValueAsBytes(form)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
