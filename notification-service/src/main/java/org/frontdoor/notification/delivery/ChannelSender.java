package org.frontdoor.notification.delivery;

import org.frontdoor.notification.alert.Alert;
import org.frontdoor.notification.subscription.Channel;

/** Sends an alert over one kind of channel; one attempt, no retries (the retry topics do those). */
public interface ChannelSender<C extends Channel> {

    Class<C> channelType();

    void send(C channel, Alert alert) throws DeliveryAttemptFailed;
}
