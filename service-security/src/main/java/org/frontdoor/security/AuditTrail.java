package org.frontdoor.security;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.frontdoor.events.AccessAudited;
import org.frontdoor.events.catalogue.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Writes who read or changed what, and when, to the service's audit topic. Sending does not hold
 * up the answer: records queue for one sender thread, because a producer blocks its caller while
 * the broker is unreachable. A record the broker does not take, or that finds the queue full, is
 * counted and logged (with ids only), so a gap in the trail is visible to operators, never silent.
 */
public final class AuditTrail implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final String service;
    private final Topic<AccessAudited> topic;
    private final KafkaTemplate<String, AccessAudited> kafka;
    private final Clock clock;
    private final Counter recorded;
    private final Counter lost;
    private final ThreadPoolExecutor sender;

    AuditTrail(String service, Topic<AccessAudited> topic, KafkaTemplate<String, AccessAudited> kafka, Clock clock,
               MeterRegistry meters, int queueCapacity) {
        this.service = service;
        this.topic = topic;
        this.kafka = kafka;
        this.clock = clock;
        this.recorded = records(meters, "written");
        this.lost = records(meters, "failed");
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(queueCapacity),
                runnable -> {
                    Thread thread = new Thread(runnable, service + "-audit-sender");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    private static Counter records(MeterRegistry meters, String outcome) {
        return Counter.builder("frontdoor.audit.records")
                .description("Audit records of API access, by whether the broker took them")
                .tag("outcome", outcome)
                .register(meters);
    }

    /** Records one request; the caller is null when no token was authenticated. */
    void record(Access access) {
        Caller caller = access.caller();
        AccessAudited event = AccessAudited.newBuilder()
                .setAuditId(UUID.randomUUID().toString())
                .setOccurredAt(clock.instant())
                .setService(service)
                .setSubject(caller == null ? null : caller.subject())
                .setRoles(caller == null ? List.of() : caller.roles().stream().map(Enum::name).sorted().toList())
                .setAgency(caller == null ? null : caller.agency().orElse(null))
                .setMethod(access.method())
                .setRoute(access.route())
                .setResourceIds(access.resourceIds())
                .setStatus(access.status())
                .setTraceId(access.traceId())
                .setClientAddress(access.clientAddress())
                .setCreatedIds(access.createdIds())
                .setFacts(access.facts())
                .build();
        String key = caller == null ? "anonymous" : caller.subject();
        try {
            sender.execute(() -> send(key, event));
        } catch (RejectedExecutionException full) {
            notWritten(event, full);
        }
    }

    private void send(String key, AccessAudited event) {
        try {
            kafka.send(new ProducerRecord<>(topic.name(), key, event)).whenComplete((result, failure) -> {
                if (failure == null) {
                    recorded.increment();
                } else {
                    notWritten(event, failure);
                }
            });
        } catch (RuntimeException failure) {
            notWritten(event, failure);
        }
    }

    private void notWritten(AccessAudited event, Throwable failure) {
        lost.increment();
        log.error("Audit record {} for {} {} was not written: {}", event.getAuditId(), event.getMethod(), event.getRoute(),
                failure.getClass().getSimpleName());
    }

    /** Sends what is queued, for a little while, so a clean shutdown keeps the last records. */
    @Override
    public void close() throws Exception {
        sender.shutdown();
        sender.awaitTermination(5, TimeUnit.SECONDS);
        kafka.flush();
        // The trail made its own producer; nothing else will close it.
        if (kafka.getProducerFactory() instanceof DisposableBean producers) {
            producers.destroy();
        }
    }
}
