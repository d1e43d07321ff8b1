package org.frontdoor.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The meters every service gets from Spring, Tomcat, the JVM and the Kafka clients, as they come
 * (names, units and descriptions as their binders register them), and what the scrape makes of them.
 */
class ServiceMetricsConventionsTest {

    private final PrometheusMeterRegistry registry = conventional(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    private final AtomicLong value = new AtomicLong(1);

    @Test
    void kafka_meters_in_nanoseconds_or_milliseconds_are_left_out_and_the_rest_are_kept() {
        kafkaGauge("kafka.consumer.io.time.ns.avg", "The average length of time for I/O per select call in nanoseconds.");
        FunctionCounter.builder("kafka.producer.txn.commit.time.ns.total", value, AtomicLong::get)
                .description("Total time in nanoseconds.").register(registry);
        kafkaGauge("kafka.app.info.start.time.ms", "Metric indicating start-time-ms");
        kafkaGauge("kafka.stream.state.oldest.iterator.open.since.ms", "The UNIX timestamp the oldest still open iterator was created, in milliseconds.");
        kafkaGauge("kafka.consumer.fetch.manager.records.lag.max", "The maximum lag in terms of number of records for any partition in this window.");
        kafkaGauge("kafka.consumer.io.ratio", "The fraction of time the I/O thread spent doing I/O.");

        String scrape = registry.scrape();

        assertThat(scrape).doesNotContain("_ns_", "_ms ", "_ms{");
        assertThat(scrape).contains("kafka_consumer_fetch_manager_records_lag_max{", "kafka_consumer_io_ratio{");
    }

    @Test
    void the_jvm_times_kept_in_milliseconds_or_nanoseconds_are_left_out() {
        FunctionCounter.builder("jvm.compilation.time", value, AtomicLong::get).baseUnit("ms")
                .description("The approximate accumulated elapsed time spent in compilation").register(registry);
        FunctionCounter.builder("process.cpu.time", value, AtomicLong::get).baseUnit("ns")
                .description("The \"cpu time\" used by the Java Virtual Machine process").register(registry);
        Gauge.builder("process.cpu.usage", value, AtomicLong::get)
                .description("The \"recent cpu usage\" for the Java Virtual Machine process").register(registry);

        String scrape = registry.scrape();

        assertThat(scrape).doesNotContain("jvm_compilation_time", "process_cpu_time");
        assertThat(scrape).contains("process_cpu_usage ");
    }

    @Test
    void gauges_named_count_are_renamed_so_that_they_cannot_be_taken_for_a_histograms_count() {
        kafkaGauge("kafka.consumer.connection.count", "The current number of active connections.");
        kafkaGauge("kafka.admin.client.connection.count", "The current number of active connections.");
        kafkaGauge("kafka.stream.task.active.buffer.count", "The count of buffered records that are polled from consumer and not yet processed for this active task");
        Gauge.builder("system.cpu.count", value, AtomicLong::get)
                .description("The number of processors available to the Java virtual machine").register(registry);

        String scrape = registry.scrape();

        assertThat(scrape).contains("kafka_consumer_connections{", "kafka_admin_client_connections{",
                "kafka_stream_task_active_buffered_records{", "system_cpu_processors ");
        assertThat(scrape).doesNotContain("connection_count", "buffer_count", "system_cpu_count");
    }

    @Test
    void scheduled_tasks_say_what_their_timers_measure() {
        Timer.builder("tasks.scheduled.execution").tag("code.function", "refresh").register(registry);
        LongTaskTimer.builder("tasks.scheduled.execution.active").register(registry);

        String scrape = registry.scrape();

        assertThat(scrape).contains(
                "# HELP tasks_scheduled_execution_seconds Runs of scheduled tasks, by class, method and outcome",
                "# HELP tasks_scheduled_execution_active_seconds Runs of scheduled tasks under way");
    }

    @Test
    void the_timers_spring_derives_from_its_observations_say_what_they_measure() {
        Timer.builder("http.server.requests").tag("uri", "/api/v1/contacts").register(registry);
        LongTaskTimer.builder("http.server.requests.active").register(registry);
        Timer.builder("spring.security.authentications").register(registry);
        LongTaskTimer.builder("spring.security.filterchains.active").register(registry);
        Timer.builder("spring.kafka.template").register(registry);

        String scrape = registry.scrape();

        assertThat(scrape).contains(
                "# HELP http_server_requests_seconds HTTP requests answered, by method, URI template, status and outcome",
                "# HELP http_server_requests_seconds_max HTTP requests answered",
                "# HELP http_server_requests_active_seconds HTTP requests being answered",
                "# HELP spring_security_authentications_seconds Authentications of bearer tokens, by result",
                "# HELP spring_security_filterchains_active_seconds Requests in Spring Security's filter chains",
                "# HELP spring_kafka_template_seconds Records sent through a KafkaTemplate, by result");
    }

    @Test
    void a_meter_that_has_a_description_keeps_it() {
        Timer.builder("http.server.requests").description("Described by whoever made it").register(registry);

        assertThat(registry.scrape()).contains("# HELP http_server_requests_seconds Described by whoever made it");
    }

    @Test
    void meters_without_help_that_nobody_needs_are_left_out() {
        Counter.builder("spring.security.filterchains.RateLimiter.before").register(registry).increment();
        Counter.builder("spring.security.filterchains.authorization.after").register(registry).increment();
        Gauge.builder("tomcat.sessions.active.current", value, AtomicLong::get).baseUnit("sessions").register(registry);
        kafkaGauge("kafka.producer.node.request.latency.avg", "");
        Timer.builder("spring.security.filterchains").register(registry);

        String scrape = registry.scrape();

        assertThat(scrape).doesNotContain("RateLimiter", "filterchains_authorization", "tomcat_sessions", "node_request_latency");
        assertThat(scrape).contains("spring_security_filterchains_seconds_count");
    }

    @Test
    void a_scrape_of_every_kind_of_meter_passes_promtool() {
        kafkaGauge("kafka.consumer.io.wait.time.ns.avg", "The average length of time the I/O thread spent waiting in nanoseconds.");
        kafkaGauge("kafka.consumer.connection.count", "The current number of active connections.");
        kafkaGauge("kafka.consumer.node.request.latency.max", "");
        kafkaGauge("kafka.consumer.fetch.manager.records.lag.max", "The maximum lag in terms of number of records for any partition in this window.");
        FunctionCounter.builder("jvm.compilation.time", value, AtomicLong::get).baseUnit("ms")
                .description("The approximate accumulated elapsed time spent in compilation").register(registry);
        Gauge.builder("system.cpu.count", value, AtomicLong::get)
                .description("The number of processors available to the Java virtual machine").register(registry);
        Timer.builder("http.server.requests").tag("uri", "/api/v1/contacts").register(registry);
        LongTaskTimer.builder("http.server.requests.active").register(registry);
        Counter.builder("spring.security.filterchains.RequestSizeLimit.after").register(registry).increment();
        Gauge.builder("tomcat.sessions.active.max", value, AtomicLong::get).baseUnit("sessions").register(registry);
        Optional<Promtool> promtool = Promtool.installed();
        assumeTrue(promtool.isPresent(), Promtool.HOW_TO_INSTALL);

        Promtool.Verdict verdict = promtool.get().checkMetrics(registry.scrape());

        assertThat(verdict.exitCode()).as("promtool check metrics found:%n%s", verdict.findings()).isZero();
    }

    @Test
    void a_service_gets_the_conventions_with_its_meter_registry() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class, ServiceMetricsConfiguration.class))
                .run(context -> {
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    Gauge.builder("system.cpu.count", value, AtomicLong::get).register(meters);
                    Timer.builder("http.server.requests").register(meters);

                    assertThat(meters.find("system.cpu.count").meter()).isNull();
                    assertThat(meters.find("system.cpu.processors").gauge()).isNotNull();
                    assertThat(meters.get("http.server.requests").timer().getId().getDescription()).isNotBlank();
                });
    }

    private void kafkaGauge(String name, String description) {
        Gauge.builder(name, value, AtomicLong::get).description(description)
                .tag("client.id", "consumer-1").tag("kafka.version", "4.1.2").register(registry);
    }

    private static PrometheusMeterRegistry conventional(PrometheusMeterRegistry registry) {
        ServiceMetricsConfiguration conventions = new ServiceMetricsConfiguration();
        registry.config().meterFilter(conventions.abbreviatedUnitMeters()).meterFilter(conventions.meterHelpText())
                .meterFilter(conventions.countSuffixRenames());
        return registry;
    }
}
