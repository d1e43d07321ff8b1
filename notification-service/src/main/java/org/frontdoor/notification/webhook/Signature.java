package org.frontdoor.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver knows a webhook came from this service, unchanged, and recently: HMAC-SHA256
 * keyed with the subscription's secret.
 * <ul>
 * <li>{@code X-Frontdoor-Signature-V2: sha256=<hex HMAC of "<timestamp>.<body>">}, with the
 * timestamp (unix seconds) in {@code X-Frontdoor-Timestamp}: signing the time with the body lets a
 * receiver refuse a request replayed later.</li>
 * <li>{@code X-Frontdoor-Signature: sha256=<hex HMAC of the body>}: superseded by V2, still sent
 * for receivers built on it; it never goes stale, so a captured request can be replayed.</li>
 * </ul>
 */
public final class Signature {

    /** Superseded by {@link #V2_HEADER}. */
    public static final String HEADER = "X-Frontdoor-Signature";
    public static final String V2_HEADER = "X-Frontdoor-Signature-V2";
    public static final String TIMESTAMP_HEADER = "X-Frontdoor-Timestamp";
    private static final String ALGORITHM = "HmacSHA256";

    private Signature() {
    }

    /** The superseded signature: over the exact body bytes only. */
    public static String of(byte[] body, String secret) {
        return "sha256=" + HexFormat.of().formatHex(mac(secret).doFinal(body));
    }

    /** The signature over {@code "<epochSeconds>.<body>"}, the body as the exact bytes sent. */
    public static String v2(long epochSeconds, byte[] body, String secret) {
        Mac mac = mac(secret);
        mac.update((epochSeconds + ".").getBytes(StandardCharsets.US_ASCII));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static Mac mac(String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every JDK provides HmacSHA256, and any non-empty key is valid for it.
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
