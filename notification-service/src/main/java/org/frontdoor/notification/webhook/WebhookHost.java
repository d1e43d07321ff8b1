package org.frontdoor.notification.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The host of a webhook URL or of an allow-list entry, normalised for comparison: lower case,
 * without IPv6 brackets or a trailing dot. {@code literal} is the address when the host is
 * written as one (including the JDK's short IPv4 forms such as {@code 127.1}), read without any
 * DNS lookup.
 */
record WebhookHost(String name, Optional<InetAddress> literal) {

    /** The textual IPv4 forms the JDK reads as an address: one to four dot-separated numbers. */
    private static final Pattern IPV4_FORMS = Pattern.compile("\\d+(\\.\\d+){0,3}");

    static WebhookHost of(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return new WebhookHost(name, literalAddress(name));
    }

    private static Optional<InetAddress> literalAddress(String name) {
        String literal;
        if (name.indexOf(':') >= 0) {
            // Brackets make the JDK parse it as an IPv6 literal or fail, never look it up as a name.
            literal = "[" + name + "]";
        } else if (IPV4_FORMS.matcher(name).matches()) {
            literal = name;
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }
}
