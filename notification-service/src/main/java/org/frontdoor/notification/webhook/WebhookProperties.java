package org.frontdoor.notification.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a webhook receiver gets to connect and to answer before the attempt counts as failed. */
@ConfigurationProperties("frontdoor.notifications.webhook")
public record WebhookProperties(@DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration requestTimeout) {
}
