package org.frontdoor.intake.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.frontdoor.intake.contact.ContactFingerprint;
import org.frontdoor.intake.contact.ContactRequest;

/**
 * The SHA-256 recorded with a partner's reference, telling a notification sent again apart from a
 * different one under the same reference. The contact it records has its own canonical form (see
 * {@link ContactFingerprint}, which already covers the incident's DASH risk through the indicator it
 * adds); the kind is the one fact beside it. Compared across restarts: change it only knowingly.
 */
final class NotificationFingerprint {

    private NotificationFingerprint() {
    }

    static String of(NotificationKind kind, ContactRequest contactToRecord) {
        String canonical = "partner-notification\n" + kind.name() + "\n" + ContactFingerprint.of(contactToRecord);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
