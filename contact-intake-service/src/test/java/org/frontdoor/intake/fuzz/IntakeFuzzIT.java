package org.frontdoor.intake.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.EventLog.Marks;
import org.frontdoor.intake.IntakeClient;
import org.frontdoor.intake.IntakeClient.Reply;
import org.frontdoor.intake.IntakeIntegrationTest;
import org.frontdoor.intake.contact.ContactJson;
import org.frontdoor.intake.partner.NotificationJson;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ten thousand generated requests, each certain to break the contract, against the intake
 * endpoints with valid tokens: none may fail the service (5xx), every answer must be a 4xx problem
 * in RFC 9457 form that repeats none of the request's personal values, and nothing may be published.
 *
 * <p>The requests come from a seed, printed at the start: {@code -Dfuzz.seed=<seed>} repeats a run
 * exactly, {@code -Dfuzz.requests=<n>} changes how many are sent.
 */
class IntakeFuzzIT extends IntakeIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CLIENTS = 4;
    private static final int FAILURES_SHOWN = 20;
    /** Long personal values are looked for by their start, which is what an echo would begin with. */
    private static final int ECHO_PREFIX = 24;

    @Test
    void malformed_requests_are_refused_as_problems_that_echo_no_personal_data_and_publish_nothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", ThreadLocalRandom.current().nextLong());
        int count = Integer.getInteger("fuzz.requests", 10_000);
        System.out.printf("IntakeFuzzIT: %,d requests from seed %d (repeat with -Dfuzz.seed=%d)%n", count, seed, seed);
        Map<Target, IntakeClient> callers = new EnumMap<>(Map.of(
                Target.CONTACT, api,
                Target.POLICE_NOTIFICATION, api.as(TestTokens.partner("POLICE")),
                Target.SCHOOL_NOTIFICATION, api.as(TestTokens.partner("SCHOOL"))));
        Draft.OthersIds othersIds = new Draft.OthersIds(
                api.post(ContactJson.valid()).json().get("contactId").asString(),
                callers.get(Target.POLICE_NOTIFICATION)
                        .postNotification(NotificationJson.domesticAbuseIncident("FUZZ-" + UUID.randomUUID()))
                        .json().get("notificationId").asString());
        MalformedRequests requests = new MalformedRequests(seed, othersIds, LocalDate.now(ZoneId.of("Europe/London")),
                Instant.now());
        Marks before = events.mark(Topics.CONTACTS_RECEIVED.name(), Topics.CONTACT_SUBMISSIONS.name());

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            clients.execute(() -> {
                for (int index = next.getAndIncrement(); index < count; index = next.getAndIncrement()) {
                    MalformedRequest request = requests.generate(index);
                    Reply reply = callers.get(request.caller()).send(request.method(), request.path(),
                            request.contentType(), request.body(), request.headers());
                    statuses.computeIfAbsent(reply.status() + " " + request.malformation(), s -> new LongAdder()).increment();
                    problemIn(request, reply).ifPresent(failures::add);
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.MINUTES)).as("the clients finished").isTrue();
        Map<String, Long> answered = new TreeMap<>();
        statuses.forEach((status, n) -> answered.put(status, n.sum()));
        answered.forEach((status, n) -> System.out.printf("IntakeFuzzIT: %6d × %s%n", n, status));

        assertThat(failures.subList(0, Math.min(failures.size(), FAILURES_SHOWN)))
                .as("seed %d: %d answers break the contract; the first of them", seed, failures.size()).isEmpty();
        assertThat(answered.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(count);
        assertThat(events.since(before, Topics.CONTACTS_RECEIVED.name())).as("contacts published").isEmpty();
        assertThat(events.since(before, Topics.CONTACT_SUBMISSIONS.name())).as("submissions published").isEmpty();
        assertThat(events.mark(Topics.CONTACTS_RECEIVED.name(), Topics.CONTACT_SUBMISSIONS.name()))
                .as("read_committed end offsets").isEqualTo(before);
    }

    /** What is wrong with the answer, if anything. */
    private static Optional<String> problemIn(MalformedRequest request, Reply reply) {
        String what = request.describe() + ": " + reply.status();
        if (reply.status() < 400 || reply.status() >= 500) {
            return Optional.of(what + " is not a 4xx; " + abbreviated(reply.body()));
        }
        String contentType = reply.header("Content-Type");
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return Optional.of(what + " is not problem details but " + contentType);
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(reply.body());
        } catch (RuntimeException e) {
            return Optional.of(what + " is not JSON: " + abbreviated(reply.body()));
        }
        if (!problem.isObject() || problem.path("status").asInt() != reply.status()) {
            return Optional.of(what + " does not state its status: " + abbreviated(reply.body()));
        }
        for (String value : request.personalValues()) {
            String echo = value.length() > ECHO_PREFIX ? value.substring(0, ECHO_PREFIX) : value;
            if (!echo.isBlank() && reply.body().contains(echo)) {
                return Optional.of(what + " repeats a personal value of the request");
            }
        }
        return Optional.empty();
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
