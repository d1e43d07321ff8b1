package org.frontdoor.intake.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the topics this service creates at start-up are laid out on the cluster. */
@ConfigurationProperties("frontdoor.topics")
public record TopicProperties(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor) {
}
