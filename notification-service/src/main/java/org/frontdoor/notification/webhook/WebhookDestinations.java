package org.frontdoor.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.frontdoor.notification.delivery.DeliveryAttemptFailed;
import org.frontdoor.notification.delivery.DeliveryRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which URLs may receive webhooks: http(s) (https only, unless configured otherwise), a host on
 * the allow-list, and an address on the public internet. A manager's URL must never make this
 * service call into its own machine or network.
 * <p>
 * Checked twice. When a manager subscribes, the URL as written (no DNS lookup: the receiver's
 * name may not resolve yet). Before every delivery, again, and then every address the host
 * resolves to at that moment, since DNS may have changed since. The HTTP client resolves the host
 * again when it connects; both lookups go through the JVM's address cache (30 s by default), so
 * the answer checked is the answer used unless the cache entry expires in those milliseconds.
 */
@Component
public class WebhookDestinations {

    /** Looks a host name up, as the HTTP client will; replaceable in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] addressesOf(String host) throws UnknownHostException;
    }

    static final String NOT_A_URL = "must be an http or https URL";

    private final List<HostPattern> allowedHosts;
    private final boolean allowPrivateAddresses;
    private final boolean requireHttps;
    private final Resolver resolver;

    @Autowired
    WebhookDestinations(WebhookProperties properties) {
        this(properties, InetAddress::getAllByName);
    }

    WebhookDestinations(WebhookProperties properties, Resolver resolver) {
        this.allowedHosts = properties.allowedHosts();
        this.allowPrivateAddresses = properties.allowPrivateAddresses();
        this.requireHttps = properties.requireHttps();
        this.resolver = resolver;
    }

    /**
     * Why a manager may not subscribe with this URL, if they may not. The reason is fixed text:
     * it never repeats the URL, which may carry credentials.
     */
    public Optional<String> refusalOf(String url) {
        return destinationOf(url).map(this::refusalOf).orElse(Optional.of(NOT_A_URL));
    }

    /**
     * Checks a delivery's URL just before sending: the same rules, then every address its host
     * resolves to now. A host that does not resolve is an ordinary failed attempt (DNS may be
     * briefly down); a refused destination is a {@link DeliveryRefused}, never retried.
     */
    void checkBeforeDelivery(String url) throws DeliveryAttemptFailed {
        Destination destination = destinationOf(url).orElseThrow(() -> new DeliveryRefused(NOT_A_URL));
        Optional<String> refusal = refusalOf(destination);
        if (refusal.isPresent()) {
            throw new DeliveryRefused(refusal.get());
        }
        if (allowPrivateAddresses || destination.host().literal().isPresent()) {
            // A literal address was judged above: there is nothing to look up.
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.addressesOf(destination.host().name());
        } catch (UnknownHostException e) {
            throw new DeliveryAttemptFailed("host not found");
        }
        for (InetAddress address : addresses) {
            // Any one refused address refuses the host: the client may connect to any of them.
            Optional<NonPublicAddress> kind = NonPublicAddress.of(address);
            if (kind.isPresent()) {
                throw new DeliveryRefused("host resolves to " + kind.get().description());
            }
        }
    }

    private Optional<String> refusalOf(Destination destination) {
        if (requireHttps && !destination.scheme().equals("https")) {
            return Optional.of("must be an https URL");
        }
        WebhookHost host = destination.host();
        if (allowedHosts.stream().noneMatch(pattern -> pattern.matches(host))) {
            return Optional.of("host is not on the webhook allow-list");
        }
        if (allowPrivateAddresses || host.literal().isEmpty()
                || allowedHosts.stream().anyMatch(pattern -> pattern.namesAddressOf(host))) {
            return Optional.empty();
        }
        return NonPublicAddress.of(host.literal().get()).map(kind -> "host is " + kind.description());
    }

    private static Optional<Destination> destinationOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return Optional.empty();
            }
            return Optional.of(new Destination(scheme, WebhookHost.of(uri.getHost())));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private record Destination(String scheme, WebhookHost host) {
    }
}
