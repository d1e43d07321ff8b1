package org.frontdoor.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontdoor.triage.Contacts.child;
import static org.frontdoor.triage.Contacts.contact;
import static org.frontdoor.triage.Contacts.indicator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.security.FrontDoorRole;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decision 0010 for the triage service: every endpoint called with every role, with no token, and
 * with each kind of token the service must not trust.
 */
class TriageAccessIT {

    /** Who calls: one role's valid token, no token at all, or a token the service must not trust. */
    record Bearer(String name, Optional<FrontDoorRole> role, Supplier<String> token) {

        static Bearer of(FrontDoorRole role) {
            return new Bearer(role.name(), Optional.of(role), () -> TestTokens.forRole("access-" + role, role));
        }

        static Bearer untrusted(String name, Supplier<String> token) {
            return new Bearer(name, Optional.empty(), token);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** What a call must answer: one status, or, for endpoints still being built, anything but a refusal. */
    record Expected(String description, IntPredicate holds) {

        static Expected status(int status) {
            return new Expected(String.valueOf(status), answered -> answered == status);
        }

        static Expected admitted() {
            return new Expected("neither 401 nor 403", answered -> answered != 401 && answered != 403);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** A request, and what each role it admits gets; any other role gets 403, a caller without a trusted token 401. */
    record Endpoint(String name, String method, Supplier<String> path, String body, Map<FrontDoorRole, Expected> admitted) {

        Expected expectedFor(Bearer caller) {
            return caller.role().map(role -> admitted.getOrDefault(role, Expected.status(403))).orElse(Expected.status(401));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Bearer NO_TOKEN = Bearer.untrusted("no token", () -> null);
    private static final List<Bearer> CALLERS = Stream.concat(Stream.of(FrontDoorRole.values()).map(Bearer::of), Stream.of(
            NO_TOKEN,
            Bearer.untrusted("an expired MANAGER token", () -> TestTokens.expired(FrontDoorRole.MANAGER)),
            Bearer.untrusted("a MANAGER token from another issuer", () -> TestTokens.fromWrongIssuer(FrontDoorRole.MANAGER)),
            Bearer.untrusted("a forged MANAGER token", () -> TestTokens.forgedSignature(FrontDoorRole.MANAGER))))
            .toList();

    private static final String UNKNOWN_ID = "00000000-0000-0000-0000-000000000000";
    private static final String CONFIRM = "{\"outcome\":\"CONFIRMED\"}";
    private static final HttpClient http = HttpClient.newHttpClient();

    private static TriageServiceRunner runner;
    private static String contactId;
    private static String readDecisionId;
    private static String managedDecisionId;
    /** An open decision for every caller that tries to confirm one, so that no attempt depends on another. */
    private static final Deque<String> openDecisionIds = new ArrayDeque<>();

    static Stream<Arguments> everyEndpointForEveryCaller() {
        Map<FrontDoorRole, Expected> readers = Map.of(
                FrontDoorRole.FRONT_DOOR, Expected.status(200), FrontDoorRole.MANAGER, Expected.status(200));
        Map<FrontDoorRole, Expected> readersFindNothing = Map.of(
                FrontDoorRole.FRONT_DOOR, Expected.status(404), FrontDoorRole.MANAGER, Expected.status(404));
        // The figures and Annex A are built separately: until they exist, a manager gets Spring's 404.
        Map<FrontDoorRole, Expected> managers = Map.of(FrontDoorRole.MANAGER, Expected.admitted());
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET decisions of a contact", "GET", () -> "/api/v1/decisions?contactId=" + contactId, null,
                        readers),
                new Endpoint("GET a decision", "GET", () -> "/api/v1/decisions/" + readDecisionId, null, readers),
                new Endpoint("GET an unknown decision", "GET", () -> "/api/v1/decisions/" + UNKNOWN_ID, null,
                        readersFindNothing),
                new Endpoint("POST a management decision", "POST",
                        () -> "/api/v1/decisions/" + openDecisionIds.pop() + "/management-decision", CONFIRM,
                        Map.of(FrontDoorRole.MANAGER, Expected.status(200))),
                new Endpoint("POST a management decision on an unknown decision", "POST",
                        () -> "/api/v1/decisions/" + UNKNOWN_ID + "/management-decision", CONFIRM,
                        Map.of(FrontDoorRole.MANAGER, Expected.status(404))),
                new Endpoint("POST a second management decision", "POST",
                        () -> "/api/v1/decisions/" + managedDecisionId + "/management-decision", CONFIRM,
                        Map.of(FrontDoorRole.MANAGER, Expected.status(409))),
                new Endpoint("GET the figures", "GET", () -> "/api/v1/figures", null, managers),
                new Endpoint("GET the open clocks", "GET", () -> "/api/v1/figures/open-clocks", null, managers),
                new Endpoint("GET the Annex A contacts", "GET", () -> "/api/v1/annex-a/contacts.csv", null, managers),
                new Endpoint("GET the Prometheus scrape", "GET", () -> "/actuator/prometheus", null,
                        Map.of(FrontDoorRole.MONITORING, Expected.status(200))));
        return endpoints.stream().flatMap(endpoint -> CALLERS.stream()
                .map(caller -> Arguments.of(endpoint, caller, endpoint.expectedFor(caller))));
    }

    /** The platform probes health without a token; an untrusted token is refused wherever it is sent. */
    static Stream<Bearer> everyCallerWithoutAnUntrustedToken() {
        return CALLERS.stream().filter(caller -> caller.role().isPresent() || caller == NO_TOKEN);
    }

    @BeforeAll
    static void triageAContactWithADecisionForEachCall() throws Exception {
        runner = new TriageServiceRunner();
        runner.start();
        int children = 2 + CALLERS.size();
        ContactReceived contact = contact(Instant.parse("2026-11-09T09:00:00Z"),
                IntStream.range(0, children).mapToObj(i -> child(null, LocalDate.of(2016, 5, 1))).toList(),
                List.of(indicator("EMOTIONAL_WELLBEING", Map.of())));
        contactId = contact.getContactId();
        runner.publish(Topics.CONTACTS_RECEIVED, contactId, contact);
        List<String> decisionIds = await().atMost(Duration.ofSeconds(60)).until(() -> decisionIdsOf(contactId),
                ids -> ids.size() == children);
        readDecisionId = decisionIds.get(0);
        managedDecisionId = decisionIds.get(1);
        openDecisionIds.addAll(decisionIds.subList(2, children));
        assertThat(call("POST", "/api/v1/decisions/" + managedDecisionId + "/management-decision", CONFIRM,
                TestTokens.manager()).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    @ParameterizedTest(name = "{0} with {1} is {2}")
    @MethodSource("everyEndpointForEveryCaller")
    void eachCallerGetsExactlyWhatItsRoleIsGranted(Endpoint endpoint, Bearer caller, Expected expected) throws Exception {
        int status = call(endpoint.method(), endpoint.path().get(), endpoint.body(), caller.token().get()).statusCode();

        assertThat(status).as("%s with %s", endpoint, caller).matches(expected.holds()::test, expected.description());
    }

    @ParameterizedTest(name = "health with {0} is 200")
    @MethodSource("everyCallerWithoutAnUntrustedToken")
    void healthIsOpen(Bearer caller) throws Exception {
        assertThat(call("GET", "/actuator/health", null, caller.token().get()).statusCode()).isEqualTo(200);
    }

    private static List<String> decisionIdsOf(String contactId) {
        List<?> decisions = runner.api(TestTokens.frontDoor()).get().uri("/api/v1/decisions?contactId={id}", contactId)
                .retrieve().body(List.class);
        return decisions.stream().map(decision -> (String) ((Map<?, ?>) decision).get("decisionId")).toList();
    }

    private static HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + runner.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
