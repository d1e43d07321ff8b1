package org.frontdoor.intake.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Ids no contact or notification has: well-formed and badly formed, short and long, ASCII and not,
 * percent-encoded as a client must send them in a path. None holds '%', '/', '\\', '.' or ';':
 * Tomcat and Spring Security's firewall refuse those in a path before any code of the service runs,
 * so their answer is not this service's to give.
 */
final class OddIds {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final List<String> ODD_CHARACTERS = List.of("-", "_", "~", "!", "$", "&", "'", "(", ")", "*", "+", ",",
            "=", ":", "@", " ", "\"", "<", ">", "{", "}", "|", "^", "`", "é", "中", "😀", "ß", "Ω", "\u00a0");

    private OddIds() {
    }

    /**
     * An odd id that holds none of the draft's personal values. A long random id can hold a short
     * name by chance, and the 404 names the path it was asked for: that is the caller's own id
     * repeated, not personal data the service gave away, so such an id would test nothing.
     */
    static String any(Draft d) {
        String id;
        do {
            id = oddId(d);
        } while (holdsAPersonalValue(d, id));
        return encoded(id);
    }

    private static boolean holdsAPersonalValue(Draft d, String id) {
        return d.personal.stream().anyMatch(value -> !value.isBlank() && id.contains(value));
    }

    private static String oddId(Draft d) {
        return switch (d.random.nextInt(6)) {
            case 0 -> UUID.nameUUIDFromBytes(d.letters(16).getBytes(StandardCharsets.US_ASCII)).toString();
            case 1 -> alphanumeric(d, d.between(1, 200));
            case 2 -> alphanumeric(d, d.between(500, 2_000));
            case 3 -> d.pick(List.of("null", "undefined", "0", "-1", "contactId", "{notificationId}", "1' OR '1'='1",
                    "<script>alert(1)", "?x=1", "#top"));
            default -> sprinkled(d);
        };
    }

    private static String alphanumeric(Draft d, int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHANUMERIC.charAt(d.random.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    private static String sprinkled(Draft d) {
        StringBuilder id = new StringBuilder();
        int length = d.between(1, 60);
        for (int i = 0; i < length; i++) {
            id.append(d.random.nextInt(3) == 0 ? d.pick(ODD_CHARACTERS) : alphanumeric(d, 1));
        }
        return id.toString();
    }

    /** Percent-encodes everything but letters and digits, as UTF-8. */
    private static String encoded(String id) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && ALPHANUMERIC.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
