package org.frontdoor.metrics;

import java.util.Map;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;

/**
 * Every metric in the scrape says what it measures. Spring derives timers from its observations
 * (HTTP requests, Spring Security's filter chain, authentications and access decisions, Kafka
 * sends and listeners once their observation is enabled, scheduled tasks) without a description: they are given
 * one here. Meters that come without one and are not needed are
 * dropped instead:
 * <ul>
 * <li>the counters Spring Security's filter chain observation makes of its events, one
 * {@code before} and one {@code after} per filter, named after the filter's class (camel case,
 * which Prometheus names must not be): the chain's timer already measures every request;</li>
 * <li>Tomcat's session meters: every service is stateless (service-security never makes a
 * session), so they would only ever read zero;</li>
 * <li>the Kafka clients' meters Kafka itself leaves undescribed (the per-broker request
 * latencies, in milliseconds); each client's overall request latency remains.</li>
 * </ul>
 */
final class HelpText implements MeterFilter {

    private static final Map<String, Help> OBSERVATIONS = Map.of(
            "http.server.requests", new Help("HTTP requests answered, by method, URI template, status and outcome",
                    "HTTP requests being answered"),
            "spring.security.filterchains", new Help(
                    "Requests through Spring Security's filter chains, before and after the application",
                    "Requests in Spring Security's filter chains"),
            "spring.security.authentications", new Help("Authentications of bearer tokens, by result",
                    "Authentications of bearer tokens under way"),
            "spring.security.authorizations", new Help("Access decisions, by result", "Access decisions under way"),
            "spring.security.http.secured.requests", new Help("Requests secured by Spring Security's filter chain",
                    "Requests being secured by Spring Security's filter chain"),
            "spring.kafka.template", new Help("Records sent through a KafkaTemplate, by result",
                    "Records being sent through a KafkaTemplate"),
            "spring.kafka.listener", new Help("Records handled by a Kafka listener, by result",
                    "Records being handled by a Kafka listener"),
            "tasks.scheduled.execution", new Help("Runs of scheduled tasks, by class, method and outcome",
                    "Runs of scheduled tasks under way"));
    /** Micrometer names the long task timer of the observations in progress so. */
    private static final String IN_PROGRESS = ".active";

    @Override
    public Meter.Id map(Meter.Id id) {
        if (id.getDescription() != null) {
            return id;
        }
        String name = id.getName();
        if (OBSERVATIONS.containsKey(name)) {
            return described(id, OBSERVATIONS.get(name).done());
        }
        if (name.endsWith(IN_PROGRESS)) {
            Help help = OBSERVATIONS.get(name.substring(0, name.length() - IN_PROGRESS.length()));
            if (help != null) {
                return described(id, help.inProgress());
            }
        }
        return id;
    }

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        String name = id.getName();
        boolean filterEvent = id.getType() == Meter.Type.COUNTER && name.startsWith("spring.security.filterchains.");
        boolean session = name.startsWith("tomcat.sessions.");
        boolean undescribedKafka = name.startsWith("kafka.") && (id.getDescription() == null || id.getDescription().isBlank());
        return filterEvent || session || undescribedKafka ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    private static Meter.Id described(Meter.Id id, String description) {
        return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), description, id.getType());
    }

    /** What an observation's timer measures, and what its long task timer of those in progress does. */
    private record Help(String done, String inProgress) {
    }
}
