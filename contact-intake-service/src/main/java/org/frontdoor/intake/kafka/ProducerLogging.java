package org.frontdoor.intake.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.LoggingProducerListener;

/** How failed sends are logged: never with the record, because a contact is personal data. */
@Configuration(proxyBeanMethods = false)
public class ProducerLogging {

    /** Replaces Boot's listener, which would log a failed record's key and whole payload. */
    @Bean
    LoggingProducerListener<Object, Object> contentFreeProducerListener() {
        LoggingProducerListener<Object, Object> listener = new LoggingProducerListener<>();
        listener.setIncludeContents(false);
        return listener;
    }
}
