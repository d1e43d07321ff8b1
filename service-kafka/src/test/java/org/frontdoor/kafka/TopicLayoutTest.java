package org.frontdoor.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.frontdoor.events.catalogue.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class TopicLayoutTest {

    private static TopicLayout bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("frontdoor.topics", TopicLayout.class);
    }

    @Test
    void productionDefaultsKeepThreeCopiesAndAcknowledgeAWriteOnlyOnceTwoHoldIt() {
        NewTopic contacts = bind(Map.of()).topic(Topics.CONTACTS_RECEIVED);

        assertThat(contacts.replicationFactor()).isEqualTo((short) 3);
        assertThat(contacts.configs()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2");
    }

    @Test
    void eventTopicsKeepTheirOwnCleanupAndRetention() {
        NewTopic submissions = bind(Map.of()).topic(Topics.CONTACT_SUBMISSIONS);

        assertThat(submissions.configs())
                .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1");
    }

    @Test
    void aSingleBrokerStackSaysSoWithOneReplicaAndOneInSync() {
        NewTopic contacts = bind(Map.of("frontdoor.topics.replication-factor", "1",
                "frontdoor.topics.min-insync-replicas", "1")).topic(Topics.CONTACTS_RECEIVED);

        assertThat(contacts.replicationFactor()).isEqualTo((short) 1);
        assertThat(contacts.configs()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1");
    }

    @Test
    void moreInSyncReplicasThanReplicasIsRefusedAtStartUp() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TopicLayout(3, (short) 1, (short) 2, null))
                .withMessageContaining("frontdoor.topics.min-insync-replicas");
    }

    @Test
    void deadLettersAreKeptUntilAnOperatorRemovesThemUnlessARetentionIsSet() {
        NewTopic kept = bind(Map.of()).deadLetterTopic(Topics.CONTACTS_RECEIVED, "triage-service");
        NewTopic expiring = new TopicLayout(3, (short) 3, (short) 2, Duration.ofDays(90))
                .deadLetterTopic(Topics.CONTACTS_RECEIVED, "triage-service");

        assertThat(kept.name()).isEqualTo("frontdoor.contacts.received.dlt.triage-service");
        assertThat(kept.configs()).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2");
        assertThat(expiring.configs()).containsEntry(TopicConfig.RETENTION_MS_CONFIG,
                String.valueOf(Duration.ofDays(90).toMillis()));
    }

    @Test
    void streamsChangelogsAndRepartitionsAreLaidOutLikeTheServicesOwnTopics() {
        Map<String, Object> streams = new HashMap<>();

        bind(Map.of()).applyTo(streams);

        assertThat(streams).containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3)
                .containsEntry(StreamsConfig.topicPrefix(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG), "2");
    }
}
