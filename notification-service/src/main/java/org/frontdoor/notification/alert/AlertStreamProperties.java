package org.frontdoor.notification.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live stream's replay window: a dashboard reconnecting with {@code Last-Event-ID} gets the
 * alerts it missed if they were first seen within {@code replayWindow}; older ones are pruned
 * every {@code pruneEvery}. Every {@code heartbeatEvery} each dashboard gets an SSE comment. A
 * dashboard that has {@code buffer} events not yet taken has stopped reading, and is dropped.
 */
@ConfigurationProperties("frontdoor.notifications.stream")
public record AlertStreamProperties(@DefaultValue("PT24H") Duration replayWindow, @DefaultValue("PT1M") Duration pruneEvery,
                                    @DefaultValue("PT30S") Duration heartbeatEvery, @DefaultValue("256") int buffer) {
}
