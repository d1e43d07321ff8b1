package org.frontdoor.triage.figures;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The figures' own Kafka Streams application. Everything else it takes from
 * {@code spring.kafka.streams}, as the triage pipeline does: exactly-once, the commit interval and
 * the static membership id (unique within each application's group, so both may share it).
 *
 * @param applicationId its own application id, hence its own consumer group, changelogs and offsets
 * @param stateDir      its own state directory, beside the triage pipeline's
 * @param gaugeRefresh  how often the current month's gauges are read from the tallies
 */
@Validated
@ConfigurationProperties("frontdoor.figures")
public record FiguresProperties(@DefaultValue("triage-service-figures") @NotBlank String applicationId,
                                @NotBlank String stateDir,
                                @DefaultValue("PT15S") @NotNull Duration gaugeRefresh) {
}
