package org.frontdoor.notification.subscription;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** How a manager hears about an alert. The JSON property {@code type} names the kind of channel. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = WebhookChannel.class, name = "WEBHOOK"),
        @JsonSubTypes.Type(value = EmailChannel.class, name = "EMAIL")})
public sealed interface Channel permits WebhookChannel, EmailChannel {

    /** WEBHOOK or EMAIL: the tag used on metrics and in the delivery log. */
    String channelType();

    /** The channel as it may be shown back: never with its secret. */
    ChannelView view();
}
