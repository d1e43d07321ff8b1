package org.frontdoor.strategy;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StrategyMeetingApplication {

    public static void main(String[] args) {
        SpringApplication.run(StrategyMeetingApplication.class, args);
    }

    /**
     * The only source of "now" in the service. The local stack wraps it; a test may register its
     * own clock before the context starts, which this one then gives way to.
     */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
