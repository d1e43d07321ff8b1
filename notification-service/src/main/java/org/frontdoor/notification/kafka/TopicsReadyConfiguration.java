package org.frontdoor.notification.kafka;

import java.time.Clock;
import java.time.Duration;

import org.frontdoor.kafka.TopicLayout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class TopicsReadyConfiguration {

    @Bean
    TopicsReady topicsReady(KafkaAdmin admin, TopicLayout topics) {
        // Real time, not the service's clock: the local stack can move that one forward.
        return new TopicsReady(admin, NotificationTopics.definitions(topics), Duration.ofSeconds(60), Clock.systemUTC());
    }
}
