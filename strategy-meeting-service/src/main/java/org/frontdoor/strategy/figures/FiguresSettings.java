package org.frontdoor.strategy.figures;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The performance figures' settings, under {@code frontdoor.figures}.
 *
 * @param applicationId     the figures topology's Kafka Streams application id: its own consumer group,
 *                          changelogs and transactions, apart from the case topology's
 * @param stateDir          where its stores live; one per instance, like the case topology's
 * @param openClocksRefresh how often the open-clocks gauge learns which clock, RAG and team series exist
 */
@ConfigurationProperties("frontdoor.figures")
public record FiguresSettings(@DefaultValue("strategy-meeting-service-figures") String applicationId,
                              String stateDir,
                              @DefaultValue("10s") Duration openClocksRefresh) {

    public FiguresSettings {
        Objects.requireNonNull(stateDir, "frontdoor.figures.state-dir");
    }
}
