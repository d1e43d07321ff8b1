package org.frontdoor.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The Prometheus conventions for the meters every service gets from Spring, Tomcat, the JVM and
 * the Kafka clients, so that each service's scrape passes {@code promtool check metrics}. The
 * services' own meters follow the conventions where they are made (a description, base units);
 * these filters deal with the meters the services do not make.
 */
@AutoConfiguration
public class ServiceMetricsConfiguration {

    @Bean
    MeterFilter abbreviatedUnitMeters() {
        return new AbbreviatedUnits();
    }

    @Bean
    MeterFilter meterHelpText() {
        return new HelpText();
    }

    @Bean
    MeterFilter countSuffixRenames() {
        return new CountSuffix();
    }
}
