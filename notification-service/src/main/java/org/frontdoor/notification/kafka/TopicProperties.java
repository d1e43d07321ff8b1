package org.frontdoor.notification.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the topics this service reads and writes are created when they do not exist yet. */
@ConfigurationProperties("frontdoor.topics")
public record TopicProperties(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor) {
}
