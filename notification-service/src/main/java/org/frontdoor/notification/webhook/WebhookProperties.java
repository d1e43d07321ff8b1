package org.frontdoor.notification.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where webhooks may go, and how long a receiver gets.
 *
 * @param connectTimeout        how long a receiver gets to accept the connection
 * @param requestTimeout        how long it gets for its whole answer, from the request being sent to
 *                              the last byte of the response body; either exceeded is a failed attempt
 * @param allowedHosts          the hosts a webhook URL may name (see {@link HostPattern}); empty
 *                              means none: no webhook subscription is accepted until the local
 *                              authority lists its receivers
 * @param allowPrivateAddresses whether a destination may be, or resolve to, a loopback, private,
 *                              link-local, multicast, unspecified or reserved address (IPv4 and
 *                              IPv6); false in production
 * @param requireHttps          whether webhook URLs must be https; true in production
 */
@ConfigurationProperties("frontdoor.notifications.webhook")
public record WebhookProperties(@DefaultValue("PT5S") Duration connectTimeout,
                                @DefaultValue("PT10S") Duration requestTimeout,
                                List<HostPattern> allowedHosts,
                                @DefaultValue("false") boolean allowPrivateAddresses,
                                @DefaultValue("true") boolean requireHttps) {

    public WebhookProperties {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    }
}
