package org.frontdoor.triage.decision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a manager's request may wait on Kafka, and how long its answer is remembered
 * (decision 0014). Past either wait the manager hears 503 and may send the same request again.
 *
 * @param kafkaMaxBlock how long sending the request may block the HTTP thread, when the broker
 *                      cannot be reached or the producer's buffer is full: the producer's
 *                      {@code max.block.ms}
 * @param answerWithin  how long the HTTP thread then waits for the answer of the processor that
 *                      owns the decision
 * @param requestsKept  how long an answered request, and so its Idempotency-Key, is remembered
 */
@ConfigurationProperties("frontdoor.triage.management-decisions")
public record ManagementDecisionProperties(@DefaultValue("5s") Duration kafkaMaxBlock,
                                           @DefaultValue("10s") Duration answerWithin,
                                           @DefaultValue("1d") Duration requestsKept) {

    public ManagementDecisionProperties {
        for (Duration duration : new Duration[] {kafkaMaxBlock, answerWithin, requestsKept}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(
                        "frontdoor.triage.management-decisions.kafka-max-block, answer-within and requests-kept must be positive");
            }
        }
    }
}
