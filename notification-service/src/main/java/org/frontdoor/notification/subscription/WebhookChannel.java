package org.frontdoor.notification.subscription;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** POST to {@code url}, signed with {@code secret} (HMAC-SHA256) so the receiver can trust it. */
public record WebhookChannel(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "(?i)https?://[^\\s/?#]+[^\\s]*", message = "must be an http or https URL") String url,
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
