package org.frontdoor.notification.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A channel as the API shows it: the webhook's secret is write-only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChannelView(String type, String url, String address) {
}
