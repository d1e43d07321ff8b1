package org.frontdoor.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.frontdoor.events.AccessAudited;
import org.frontdoor.events.catalogue.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Writes who read or changed what, and when, to the service's audit topic. Sending does not hold
 * up the answer; a record the broker does not take is counted and logged (with ids only), so a
 * gap in the trail is visible to operators rather than silent.
 */
public final class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final String service;
    private final Topic<AccessAudited> topic;
    private final KafkaTemplate<String, AccessAudited> kafka;
    private final Clock clock;
    private final Counter recorded;
    private final Counter lost;

    AuditTrail(String service, Topic<AccessAudited> topic, KafkaTemplate<String, AccessAudited> kafka, Clock clock,
               MeterRegistry meters) {
        this.service = service;
        this.topic = topic;
        this.kafka = kafka;
        this.clock = clock;
        this.recorded = meters.counter("frontdoor.audit.records", "outcome", "written");
        this.lost = meters.counter("frontdoor.audit.records", "outcome", "failed");
    }

    /** Records one request: the caller (empty when none was authenticated), the route and ids touched. */
    public void record(Caller caller, String method, String route, Map<String, String> resourceIds, int status) {
        AccessAudited event = AccessAudited.newBuilder()
                .setAuditId(UUID.randomUUID().toString())
                .setOccurredAt(clock.instant())
                .setService(service)
                .setSubject(caller == null ? null : caller.subject())
                .setRoles(caller == null ? List.of() : caller.roles().stream().map(Enum::name).sorted().toList())
                .setAgency(caller == null ? null : caller.agency().orElse(null))
                .setMethod(method)
                .setRoute(route)
                .setResourceIds(Map.copyOf(resourceIds))
                .setStatus(status)
                .build();
        String key = caller == null ? "anonymous" : caller.subject();
        kafka.send(new ProducerRecord<>(topic.name(), key, event)).whenComplete((result, failure) -> {
            if (failure == null) {
                recorded.increment();
            } else {
                lost.increment();
                log.error("Audit record {} for {} {} was not written: {}", event.getAuditId(), method, route,
                        failure.getClass().getSimpleName());
            }
        });
    }
}
