package org.frontdoor.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.frontdoor.intake.IntakeProperties;
import org.frontdoor.intake.contact.ContactMetrics;
import org.frontdoor.intake.contact.ContactNotRecorded;
import org.frontdoor.intake.contact.ContactOutcomeUnknown;
import org.frontdoor.intake.kafka.RecordPosition;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** A 503 says honestly whether the contact was recorded: not at all, or perhaps. */
class ProblemResponsesTest {

    private final ProblemResponses responses = new ProblemResponses(new ContactMetrics(new SimpleMeterRegistry()),
            new IntakeProperties(Duration.ofSeconds(5), 100, Duration.ofSeconds(5)));

    @Test
    void a_contact_kafka_did_not_take_is_503_not_recorded() {
        ResponseEntity<ProblemDetail> answer = responses.contactNotRecorded(
                new ContactNotRecorded(new TimeoutException("Topic not present in metadata")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        ProblemDetail problem = answer.getBody();
        assertThat(problem.getType()).isEqualTo(URI.create("urn:frontdoor:problem:not-recorded"));
        assertThat(problem.getTitle()).startsWith("Not recorded");
        assertThat(problem.getDetail()).contains("nothing was recorded");
    }

    @Test
    void a_commit_kafka_did_not_confirm_is_503_outcome_unknown_and_says_a_retry_under_the_same_key_is_safe() {
        ResponseEntity<ProblemDetail> answer = responses.contactOutcomeUnknown(new ContactOutcomeUnknown("c-1",
                Optional.of(new RecordPosition(new TopicPartition("frontdoor.contacts.submissions", 0), 7)),
                new TimeoutException("Timeout expired while awaiting EndTxn(true)")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        ProblemDetail problem = answer.getBody();
        assertThat(problem.getType()).isEqualTo(URI.create("urn:frontdoor:problem:outcome-unknown"));
        assertThat(problem.getTitle()).startsWith("Perhaps recorded");
        assertThat(problem.getDetail()).contains("may or may not have been recorded", "same Idempotency-Key", "is safe")
                .doesNotContain("c-1");
    }

    @Test
    void a_commit_kafka_did_not_confirm_for_a_contact_without_a_key_warns_that_sending_it_again_may_record_it_twice() {
        ResponseEntity<ProblemDetail> answer = responses.contactOutcomeUnknown(new ContactOutcomeUnknown("c-1",
                Optional.empty(), new TimeoutException("Timeout expired while awaiting EndTxn(true)")));

        ProblemDetail problem = answer.getBody();
        assertThat(problem.getType()).isEqualTo(URI.create("urn:frontdoor:problem:outcome-unknown"));
        assertThat(problem.getDetail()).contains("may or may not have been recorded", "may record it twice");
    }
}
