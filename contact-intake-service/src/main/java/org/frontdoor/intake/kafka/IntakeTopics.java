package org.frontdoor.intake.kafka;

import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.kafka.TopicLayout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics this service writes and reads. It creates them at start-up when they are missing, so
 * the services of the front door can start in any order.
 */
@Configuration(proxyBeanMethods = false)
public class IntakeTopics {

    /** Topics whose records the streams application consumes; each has a dead-letter topic. */
    public static final List<Topic<?>> READ = List.of(Topics.CONTACTS_RECEIVED, Topics.CONTACT_SUBMISSIONS,
            Topics.CHILD_DECISIONS);

    @Bean
    KafkaAdmin.NewTopics topicsToCreate(TopicLayout topics) {
        Stream<NewTopic> events = Stream.concat(Topics.writtenBy(Topics.CONTACT_INTAKE).stream(), READ.stream())
                .distinct()
                .map(topics::topic);
        Stream<NewTopic> deadLetters = READ.stream().map(topic -> topics.deadLetterTopic(topic, Topics.CONTACT_INTAKE));
        return new KafkaAdmin.NewTopics(Stream.concat(events, deadLetters).toArray(NewTopic[]::new));
    }
}
