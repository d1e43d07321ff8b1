package org.frontdoor.triage.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.frontdoor.kafka.TopicLayout;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/** The producer a manager's HTTP request sends with, as the service configures it. */
class ManagementRequestTopicTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class))
            .withUserConfiguration(Settings.class, ManagementRequestTopic.class)
            // No broker here to create the topics on.
            .withPropertyValues("spring.kafka.admin.auto-create=false");

    @Test
    void theProducerAManagersRequestUsesBlocksTheirThreadNoLongerThanFrontdoorTriageSays() {
        service.withPropertyValues("frontdoor.triage.management-decisions.kafka-max-block=1500ms").run(context ->
                assertThat(context.getBean(KafkaTemplate.class).getProducerFactory().getConfigurationProperties())
                        .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1500L));
    }

    @Test
    void withoutASettingItBlocksAtMostFiveSecondsNotKafkasMinute() {
        service.run(context -> assertThat(context.getBean(KafkaTemplate.class).getProducerFactory()
                .getConfigurationProperties()).containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000L));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ManagementDecisionProperties.class, TopicLayout.class})
    static class Settings {
    }
}
