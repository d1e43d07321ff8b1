package org.frontdoor.triage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.events.ContactChild;
import org.frontdoor.events.ContactIndicator;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroSerializer;

/**
 * Decisions per second through the real triage service (exactly-once Kafka Streams, rules,
 * children's histories, three repartitions) beside a plain consume-and-produce of the same
 * contacts on the same broker in the same run, and the ratio of the two.
 *
 * <p>Run: {@value #COMMAND}
 */
public final class TriageThroughputBenchmark {

    static final String COMMAND = "./mvnw -q -pl triage-service test-compile exec:java "
            + "-Dexec.classpathScope=test -Dexec.mainClass=org.frontdoor.triage.TriageThroughputBenchmark "
            + "[-Dexec.args=<contacts>]";

    private static final String PLAIN_INPUT = "benchmark.contacts";
    private static final String PLAIN_OUTPUT = "benchmark.contacts-copied";

    private static final List<String> CODES = List.of("DOMESTIC_ABUSE", "INJURY", "NEGLECT", "SCHOOL_ATTENDANCE",
            "PARENTAL_MENTAL_HEALTH", "EMOTIONAL_WELLBEING", "HOUSING_INSTABILITY", "UNIVERSAL_ADVICE");

    private TriageThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        List<ContactReceived> backlog = generate(contacts, new Random(42));
        int children = backlog.stream().mapToInt(contact -> contact.getChildren().size()).sum();

        AvroSerializer<ContactReceived> serializer = new AvroSerializer<>();
        List<ProducerRecord<String, byte[]>> baselineInput = backlog.stream().map(contact -> new ProducerRecord<>(
                PLAIN_INPUT, contact.getContactId(), serializer.serialize(PLAIN_INPUT, contact))).toList();
        List<ProducerRecord<String, byte[]>> triageInput = backlog.stream().map(contact -> new ProducerRecord<>(
                Topics.CONTACTS_RECEIVED.name(), contact.getContactId(), serializer.serialize(PLAIN_INPUT, contact))).toList();

        try (TriageServiceRunner runner = new TriageServiceRunner()) {
            long baselineNanos = plainConsumeAndProduce(runner, baselineInput);

            runner.start();
            long began = System.nanoTime();
            runner.publishAll(triageInput);
            long triageNanos = awaitRecords(runner.bootstrapServers(), Topics.CHILD_DECISIONS.name(), children, began);

            double triagePerSecond = contacts / seconds(triageNanos);
            double baselinePerSecond = contacts / seconds(baselineNanos);
            System.out.printf("%nTriage throughput, %d contacts (%d children) on one KRaft broker, %d cores%n",
                    contacts, children, Runtime.getRuntime().availableProcessors());
            System.out.printf("  triage service      %8.0f contacts/s  %8.0f decisions/s  (%.1f s)%n",
                    triagePerSecond, children / seconds(triageNanos), seconds(triageNanos));
            System.out.printf("  plain consume+produce %6.0f records/s   (%.1f s)%n", baselinePerSecond, seconds(baselineNanos));
            System.out.printf("  ratio triage / plain  %.2f%n", triagePerSecond / baselinePerSecond);
            System.out.printf("Rerun: %s%n", COMMAND);
        }
    }

    /** A consumer that reads every contact and a producer (acks=all, idempotent) that writes it on. */
    private static long plainConsumeAndProduce(TriageServiceRunner runner, List<ProducerRecord<String, byte[]>> input) {
        String bootstrap = runner.bootstrapServers();
        int records = input.size();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumer(bootstrap));
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                     ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                     ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            consumer.subscribe(List.of(PLAIN_INPUT));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            long began = System.nanoTime();
            runner.publishAll(input);
            int copied = 0;
            while (copied < records) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    producer.send(new ProducerRecord<>(PLAIN_OUTPUT, record.key(), record.value()));
                    copied++;
                }
            }
            producer.flush();
            return System.nanoTime() - began;
        }
    }

    private static long awaitRecords(String bootstrap, String topic, int expected, long began) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumer(bootstrap))) {
            consumer.subscribe(List.of(topic));
            int seen = 0;
            while (seen < expected) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
        }
        return System.nanoTime() - began;
    }

    private static Map<String, Object> consumer(String bootstrap) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    }

    /** Contacts about a population of children small enough that many have a history. */
    private static List<ContactReceived> generate(int count, Random random) {
        List<ContactReceived> contacts = new ArrayList<>(count);
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        for (int i = 0; i < count; i++) {
            List<ContactChild> children = new ArrayList<>();
            for (int child = 0, n = 1 + random.nextInt(3); child < n; child++) {
                ContactChild known = Contacts.child(null, LocalDate.of(2010 + random.nextInt(15), 1 + random.nextInt(12), 1));
                known.setLocalId("LA-" + random.nextInt(count / 2 + 1));
                children.add(known);
            }
            List<ContactIndicator> indicators = new ArrayList<>();
            for (int k = 0, n = random.nextInt(4); k < n; k++) {
                indicators.add(Contacts.indicator(CODES.get(random.nextInt(CODES.size())), Map.of()));
            }
            contacts.add(Contacts.contact(start.plus(Duration.ofMinutes(30L * i)), children, indicators));
        }
        return contacts;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
