package org.frontdoor.triage.child;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Which child each known identifier (as a keyed hash) belongs to. Every instance reads the whole
 * index as a global store, because a contact's children may be known under identifiers that
 * live in any partition. The topic is private to the triage service.
 */
public final class ChildIdentityIndex {

    public static final String TOPIC = "frontdoor.triage.child-identities";
    public static final String STORE = "child-identities";

    private ChildIdentityIndex() {
    }

    public static NewTopic definition(int partitions, short replicationFactor) {
        return new NewTopic(TOPIC, partitions, replicationFactor).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.RETENTION_MS_CONFIG, "-1"));
    }

    /** Keeps the global store in step with the index topic. */
    public static final class Updater implements Processor<String, String, Void, Void> {

        private KeyValueStore<String, String> index;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            this.index = context.getStateStore(STORE);
        }

        @Override
        public void process(Record<String, String> record) {
            if (record.value() == null) {
                index.delete(record.key());
            } else {
                index.put(record.key(), record.value());
            }
        }
    }
}
