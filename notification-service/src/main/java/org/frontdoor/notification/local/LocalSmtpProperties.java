package org.frontdoor.notification.local;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An SMTP server inside this JVM, for the local stack only: off unless
 * {@code frontdoor.notifications.local-smtp.enabled=true}. Point {@code spring.mail.host/port} at it.
 */
@ConfigurationProperties("frontdoor.notifications.local-smtp")
public record LocalSmtpProperties(@DefaultValue("false") boolean enabled, @DefaultValue("3025") int port) {
}
