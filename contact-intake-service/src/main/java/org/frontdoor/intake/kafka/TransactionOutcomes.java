package org.frontdoor.intake.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.frontdoor.intake.IntakeProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Tells how the transaction that wrote a record ended, by reading the record's own offset as a
 * read_committed consumer: the broker returns the record only once its transaction has committed,
 * skips it once it has aborted, and returns nothing past it while the transaction is still open.
 *
 * <p>A producer's commit that times out may still complete on the broker, so this is how an
 * unconfirmed commit is settled. It is rarely needed, so each question uses a consumer of its own.
 */
@Component
public class TransactionOutcomes {

    private static final Duration POLL = Duration.ofMillis(100);

    private final DefaultKafkaConsumerFactory<byte[], byte[]> consumers;
    private final Duration maxWait;

    public TransactionOutcomes(KafkaProperties kafka, IntakeProperties intake, MeterRegistry meters) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumers = new DefaultKafkaConsumerFactory<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        // Every Kafka client the service runs reports its meters, this short-lived one included.
        consumers.addListener(new MicrometerConsumerListener<>(meters));
        this.maxWait = intake.kafkaMaxBlock();
    }

    /** Waits at most {@code frontdoor.intake.kafka-max-block} for Kafka to say; PENDING when it does not. */
    public TransactionOutcome of(RecordPosition written) {
        Consumer<byte[], byte[]> consumer = consumers.createConsumer();
        try {
            consumer.assign(List.of(written.partition()));
            consumer.seek(written.partition(), written.offset());
            long deadline = System.nanoTime() + maxWait.toNanos();
            do {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL).records(written.partition())) {
                    if (record.offset() == written.offset()) {
                        return TransactionOutcome.COMMITTED;
                    }
                }
                // Past the offset without returning the record: its transaction's records were aborted.
                if (consumer.position(written.partition(), POLL) > written.offset()) {
                    return TransactionOutcome.ABORTED;
                }
            } while (System.nanoTime() < deadline);
            return TransactionOutcome.PENDING;
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return TransactionOutcome.PENDING;
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ZERO));
        }
    }
}
