package org.frontdoor.intake;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

import org.apache.kafka.streams.KafkaStreams;
import org.frontdoor.security.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * A further instance of the service, started and closed by a test itself, for what the shared
 * context cannot show: a restart, or a broker that is not there.
 */
final class IntakeInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private IntakeInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Properties are passed as command-line arguments, so they override application.yml. */
    static IntakeInstance start(String... properties) {
        Stream<String> testSettings = Stream.concat(Stream.of("server.port=0", IntakeIntegrationTest.PARTITIONS),
                Stream.concat(Arrays.stream(TestTokens.resourceServerPropertyLines()),
                        Stream.concat(IntakeIntegrationTest.UNLIMITED.entrySet().stream(),
                                        IntakeIntegrationTest.EXAMPLE_NOT_LATE.entrySet().stream())
                                .map(e -> e.getKey() + "=" + e.getValue())));
        Stream<String> arguments = Stream.concat(testSettings, Arrays.stream(properties));
        return new IntakeInstance(new SpringApplicationBuilder(ContactIntakeApplication.class)
                .run(arguments.map(property -> "--" + property).toArray(String[]::new)));
    }

    IntakeInstance awaitStreamsRunning() {
        StreamsBuilderFactoryBean streams = context.getBean(StreamsBuilderFactoryBean.class);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                streams.getKafkaStreams() != null && streams.getKafkaStreams().state() == KafkaStreams.State.RUNNING);
        return this;
    }

    IntakeClient api() {
        return new IntakeClient(context.getBean(Environment.class).getRequiredProperty("local.server.port", Integer.class));
    }

    @Override
    public void close() {
        context.close();
    }
}
