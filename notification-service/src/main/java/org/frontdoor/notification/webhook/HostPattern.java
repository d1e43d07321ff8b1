package org.frontdoor.notification.webhook;

import java.util.regex.Pattern;

/**
 * One entry of the webhook allow-list ({@code frontdoor.notifications.webhook.allowed-hosts}):
 * <ul>
 * <li>a host name, {@code hooks.example.org}: that host only;</li>
 * <li>{@code *.example.org}: any host under that domain at any depth, not the domain itself;</li>
 * <li>{@code *}: any host (the address checks still apply);</li>
 * <li>an IP address, {@code 127.0.0.1} or {@code ::1}: URLs naming that address. Naming an
 *     address is the operator's explicit decision, so it is allowed even when private addresses
 *     are refused; a host name that resolves to it is not.</li>
 * </ul>
 * Host names compare case-insensitively; internationalised names are written in their
 * {@code xn--} form. An entry of any other shape stops the service at start-up.
 */
public record HostPattern(String entry) {

    private static final String ANY = "*";
    private static final String SUBDOMAINS = "*.";
    private static final Pattern HOST_NAME =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    public HostPattern {
        if (entry == null || entry.isBlank()) {
            throw new IllegalArgumentException("A webhook allow-list entry must not be empty");
        }
        entry = canonical(entry.strip());
    }

    private static String canonical(String entry) {
        if (entry.equals(ANY)) {
            return ANY;
        }
        boolean subdomains = entry.startsWith(SUBDOMAINS);
        WebhookHost host = WebhookHost.of(subdomains ? entry.substring(SUBDOMAINS.length()) : entry);
        boolean hostName = host.literal().isEmpty() && HOST_NAME.matcher(host.name()).matches();
        if (subdomains && hostName) {
            return SUBDOMAINS + host.name();
        }
        if (!subdomains && (hostName || host.literal().isPresent())) {
            return host.name();
        }
        throw new IllegalArgumentException("Webhook allow-list entry '" + entry + "' is not a host name, *.domain, * or an IP address");
    }

    boolean matches(WebhookHost host) {
        if (entry.equals(ANY)) {
            return true;
        }
        if (host.literal().isPresent()) {
            return namesAddressOf(host);
        }
        if (entry.startsWith(SUBDOMAINS)) {
            return host.name().endsWith(entry.substring(1));
        }
        return host.name().equals(entry);
    }

    /** Whether this entry is an IP address and {@code host} is written as that same address. */
    boolean namesAddressOf(WebhookHost host) {
        WebhookHost self = WebhookHost.of(entry);
        return self.literal().isPresent() && self.literal().equals(host.literal());
    }
}
