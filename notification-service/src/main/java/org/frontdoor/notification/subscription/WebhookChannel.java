package org.frontdoor.notification.subscription;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.frontdoor.notification.webhook.AllowedWebhookDestination;

/**
 * POST to {@code url}, signed with {@code secret} (HMAC-SHA256) so the receiver can trust it. The
 * URL must be one this service may deliver to (https, an allowed host, a public address).
 */
public record WebhookChannel(
        @NotBlank @Size(max = 2000) @AllowedWebhookDestination String url,
        @NotBlank @Size(min = 16, max = 512, message = "must be between 16 and 512 characters") String secret) implements Channel {

    @Override
    public String channelType() {
        return "WEBHOOK";
    }

    @Override
    public ChannelView view() {
        return new ChannelView(channelType(), url, null);
    }

    @Override
    public String toString() {
        // Records print every component; the secret must never reach a log line.
        return "WebhookChannel[url=" + url + "]";
    }
}
