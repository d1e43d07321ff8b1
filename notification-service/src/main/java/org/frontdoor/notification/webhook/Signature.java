package org.frontdoor.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Frontdoor-Signature} value: {@code sha256=} and the hex HMAC-SHA256 of the exact
 * body bytes, keyed with the subscription's secret, so the receiver can check who sent it and
 * that nothing changed on the way.
 */
public final class Signature {

    public static final String HEADER = "X-Frontdoor-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private Signature() {
    }

    public static String of(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every JDK provides HmacSHA256, and any non-empty key is valid for it.
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
