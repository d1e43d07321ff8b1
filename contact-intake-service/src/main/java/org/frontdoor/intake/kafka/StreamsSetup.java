package org.frontdoor.intake.kafka;

import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;

/** How the streams application copes with bad records; failed threads are service-kafka's. */
@Configuration(proxyBeanMethods = false)
public class StreamsSetup {

    @Bean
    StreamsBuilderFactoryBeanConfigurer intakeStreamsConfigurer(DeadLetters deadLetters) {
        return factory -> {
            // The recoverer is an object, so it cannot come from application.yml.
            Properties config = factory.getStreamsConfiguration();
            config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                    RecoveringDeserializationExceptionHandler.class);
            config.put(RecoveringDeserializationExceptionHandler.KSTREAM_DESERIALIZATION_RECOVERER, deadLetters);
            factory.setStreamsConfiguration(config);
            // The member leaves the group on close, so a restarted instance need not wait for it to expire.
            factory.setLeaveGroupOnClose(true);
        };
    }
}
