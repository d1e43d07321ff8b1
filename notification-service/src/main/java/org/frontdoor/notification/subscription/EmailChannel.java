package org.frontdoor.notification.subscription;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An email to {@code address} through the configured SMTP server. */
public record EmailChannel(@NotBlank @Size(max = 320) @Email(regexp = ".+@[^@\\s]+\\.[^@\\s]+") String address) implements Channel {

    @Override
    public String channelType() {
        return "EMAIL";
    }

    @Override
    public ChannelView view() {
        return new ChannelView(channelType(), null, address);
    }
}
