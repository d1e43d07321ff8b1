package org.frontdoor.intake.kafka;

import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;

/** How the streams application copes with bad records and failed threads. */
@Configuration(proxyBeanMethods = false)
public class StreamsSetup {

    private static final Logger log = LoggerFactory.getLogger(StreamsSetup.class);

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
            // A failed thread is replaced rather than left dead: the stores behind the API stay served.
            factory.setStreamsUncaughtExceptionHandler(failure -> {
                log.error("Kafka Streams thread failed; replacing it", failure);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            });
        };
    }
}
