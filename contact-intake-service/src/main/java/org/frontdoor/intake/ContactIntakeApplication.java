package org.frontdoor.intake;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.EnableKafkaStreams;

/** The front door's contact intake: accepts contacts over HTTP and records them as events. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableKafkaStreams
public class ContactIntakeApplication {

    /** The front door works in English local time; every timestamp and "today" comes from here. */
    public static final ZoneId LOCAL_ZONE = ZoneId.of("Europe/London");

    public static void main(String[] args) {
        SpringApplication.run(ContactIntakeApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(LOCAL_ZONE);
    }
}
