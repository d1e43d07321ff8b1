package org.frontdoor.notification.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The sender address of alert emails; the SMTP server itself is Spring Boot's {@code spring.mail.*}. */
@ConfigurationProperties("frontdoor.notifications.email")
public record EmailProperties(@DefaultValue("front-door-alerts@localhost") String from) {
}
