package org.frontdoor.triage.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.frontdoor.calendar.LondonTime;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.Route;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The figures against the real service and a real broker: a month and a week of seeded random
 * contacts go through the real triage pipeline, managers decide some in time and some late,
 * clocks are left to warn and breach as the clock moves day by day, and events are redelivered.
 * Then the figures are counted again from the raw topics by the test's own code and must agree
 * exactly, before and after a restart with empty state directories.
 */
class TriageFiguresIT {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 23);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static FiguresServiceRunner runner;
    private static RestClient manager;

    @BeforeAll
    static void start() {
        runner = new FiguresServiceRunner(LondonTime.startOf(FIRST_DAY));
        runner.start();
        manager = runner.api(TestTokens::manager);
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    @Test
    void theFiguresAgreeExactlyWithARecountFromTheRawTopicsAndSurviveARestart() {
        Random random = new Random(20261201L);
        GeneratedContacts generator = new GeneratedContacts(random, "LA-FIGURES-", 120);
        // Their own children and their own random source, so the month drawn above stays as it was.
        GeneratedContacts lateEntries = new GeneratedContacts(new Random(20261202L), "LA-FIGURES-LATE-", 10);
        Map<LocalDate, List<ChildTriaged>> toManageOn = new HashMap<>();
        List<ContactReceived> published = new ArrayList<>();
        try (RawTopics raw = new RawTopics(runner.bootstrapServers())) {
            for (LocalDate day = FIRST_DAY; !day.isAfter(DECEMBER.atEndOfMonth()); day = day.plusDays(1)) {
                Instant evening = LondonTime.startOf(day).plus(Duration.ofHours(18));
                runner.clock().moveTo(evening);
                awaitEveryAlertDueBy(raw, evening);

                List<ContactReceived> received = generator.receivedOn(day, 4 + random.nextInt(9));
                received.forEach(contact -> runner.publish(Topics.CONTACTS_RECEIVED, contact.getContactId(), contact));
                published.addAll(received);
                for (ChildTriaged decision : awaitDecisions(raw, received)) {
                    planManagement(random, decision, toManageOn);
                }
                manage(random, toManageOn.getOrDefault(day, List.of()));
                if (day.getDayOfWeek() == DayOfWeek.WEDNESDAY) {
                    // Received six days ago, recorded only now: its clock breached long since, and no manager decides it.
                    ContactReceived late = lateEntries.recordedLate(day.minusDays(6), evening);
                    runner.publish(Topics.CONTACTS_RECEIVED, late.getContactId(), late);
                    published.add(late);
                    awaitDecisions(raw, List.of(late));
                }
            }
            redeliver(raw.catchUp(), published);
        }
        Recount recount;
        try (RawTopics raw = new RawTopics(runner.bootstrapServers())) {
            recount = new Recount(raw.catchUp());
        }

        assertEveryRuleIsExercised(tree(recount.month(DECEMBER)), tree(recount.openClocks()));
        assertFiguresAgree(recount);
        assertThat(annexAContacts(DECEMBER)).isEqualTo(recount.annexAContacts(DECEMBER));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(figureGauges()).isEqualTo(recount.gauges(DECEMBER)));

        runner.stop();
        runner.start();
        manager = runner.api(TestTokens::manager);

        assertFiguresAgree(recount);
        assertThat(annexAContacts(DECEMBER)).isEqualTo(recount.annexAContacts(DECEMBER));
    }

    @Test
    void theAnnexAListIsCsvNamedForItsMonth() {
        var response = manager.get().uri("/api/v1/annex-a/contacts.csv?month=2026-10").retrieve().toEntity(String.class);

        assertThat(response.getHeaders().getContentType()).isEqualTo(new MediaType("text", "csv", StandardCharsets.UTF_8));
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"annex-a-contacts-2026-10.csv\"");
        assertThat(response.getBody()).startsWith("Child reference,Contact ID,Date of contact,");
    }

    @Test
    void aMonthThatIsNotAYearAndMonthIsRefusedNamingTheFieldWithoutRepeatingIt() {
        for (String path : List.of("/api/v1/figures?month={month}", "/api/v1/annex-a/contacts.csv?month={month}")) {
            String answer = manager.get().uri(path, "2026-13x").exchange((request, response) ->
                    response.getStatusCode().value() + " " + response.bodyTo(String.class));

            assertThat(answer).startsWith("400").contains("\"field\":\"month\"").doesNotContain("2026-13x");
        }
    }

    @Test
    void onlyManagersMayReadTheFiguresAndTheAnnexAList() {
        RestClient frontDoor = runner.api(TestTokens::frontDoor);

        for (String path : List.of("/api/v1/figures", "/api/v1/figures/open-clocks", "/api/v1/annex-a/contacts.csv")) {
            assertThat(status(frontDoor, path)).isEqualTo(403);
            assertThat(status(manager, path)).isEqualTo(200);
        }
    }

    @Test
    void whileTheFiguresAreNotRunningTheyAreUnavailableRatherThanWrong() {
        runner.figuresStreams().stop();
        try {
            for (String path : List.of("/api/v1/figures", "/api/v1/figures/open-clocks", "/api/v1/annex-a/contacts.csv")) {
                String answer = manager.get().uri(path).exchange((request, response) -> response.getStatusCode().value()
                        + " " + response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));

                assertThat(answer).isEqualTo("503 5");
            }
        } finally {
            runner.figuresStreams().start();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> runner.figuresStreams().state() == KafkaStreams.State.RUNNING);
    }

    @Test
    void aRecordTheFiguresCannotReadIsParkedOnTheirDeadLetterTopicAndLaterContactsAreStillCounted() {
        runner.publishBytes(Topics.CONTACTS_RECEIVED.name(), "poison", "not an event".getBytes());
        ContactReceived contact = new GeneratedContacts(new Random(7), "LA-DEAD-LETTER-", 1).receivedOn(LocalDate.of(2027, 6, 1), 1).get(0);
        runner.publish(Topics.CONTACTS_RECEIVED, contact.getContactId(), contact);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(figures("2027-06").at("/contacts/received").asLong()).isEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(keysOn(Topics.CONTACTS_RECEIVED.deadLetterTopic("triage-service-figures"))).contains("poison"));
    }

    /**
     * Every at-risk and breach alert that must have been raised by now: a clock's warnings fall due
     * at the start of its due date and of the day after, unless a manager stopped it first.
     */
    private static void awaitEveryAlertDueBy(RawTopics raw, Instant now) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            RawTopics.Events events = raw.catchUp();
            Map<String, Instant> managedAt = new HashMap<>();
            events.managed().forEach(managed -> managedAt.putIfAbsent(managed.getDecisionId(), managed.getRecordedAt()));
            Set<String> raised = events.alerts().stream().map(alert -> alert.getDecisionId() + ":" + alert.getKind())
                    .collect(Collectors.toSet());
            return events.decisions().stream().allMatch(decision -> {
                Instant until = managedAt.getOrDefault(decision.getDecisionId(), now);
                until = until.isBefore(now) ? until : now;
                Instant atRisk = LondonTime.startOf(decision.getDecisionDueOn());
                Instant breach = LondonTime.startOf(decision.getDecisionDueOn().plusDays(1));
                return (atRisk.isAfter(until) || raised.contains(decision.getDecisionId() + ":" + AlertKind.AT_RISK))
                        && (breach.isAfter(until) || raised.contains(decision.getDecisionId() + ":" + AlertKind.BREACHED));
            });
        });
    }

    private static List<ChildTriaged> awaitDecisions(RawTopics raw, List<ContactReceived> contacts) {
        Set<String> contactIds = contacts.stream().map(ContactReceived::getContactId).collect(Collectors.toSet());
        int children = contacts.stream().mapToInt(contact -> contact.getChildren().size()).sum();
        return await().atMost(Duration.ofSeconds(60)).until(() -> raw.catchUp().decisions().stream()
                        .filter(decision -> contactIds.contains(decision.getContactId()))
                        .sorted(Comparator.comparing(ChildTriaged::getContactId).thenComparingInt(ChildTriaged::getChildIndex))
                        .toList(),
                decisions -> decisions.size() == children);
    }

    /** Most decisions are managed the day they are received or the next; some later, some never. */
    private static void planManagement(Random random, ChildTriaged decision, Map<LocalDate, List<ChildTriaged>> toManageOn) {
        int draw = random.nextInt(100);
        if (draw >= 85) {
            return;
        }
        int daysLater = draw < 30 ? 0 : draw < 60 ? 1 : draw < 75 ? 2 : 4;
        LocalDate receivedOn = LondonTime.dateOf(decision.getReceivedAt());
        toManageOn.computeIfAbsent(receivedOn.plusDays(daysLater), day -> new ArrayList<>()).add(decision);
    }

    /** Confirms or overrides each decision, then waits until triage has applied them, so no clock warns after its manager decided. */
    private static void manage(Random random, List<ChildTriaged> decisions) {
        for (ChildTriaged decision : decisions) {
            String body = random.nextInt(5) > 0 ? "{\"outcome\":\"CONFIRMED\"}"
                    : "{\"outcome\":\"OVERRIDDEN\",\"route\":\"" + otherRoute(random, decision.getRoute())
                    + "\",\"reason\":\"The manager knows the family\"}";
            manager.post().uri("/api/v1/decisions/{id}/management-decision", decision.getDecisionId())
                    .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> decisions.stream().allMatch(decision ->
                manager.get().uri("/api/v1/decisions/{id}", decision.getDecisionId()).retrieve().body(Map.class)
                        .get("managementDecision") != null));
    }

    private static Route otherRoute(Random random, Route triaged) {
        List<Route> others = new ArrayList<>(List.of(Route.values()));
        others.remove(triaged);
        return others.get(random.nextInt(others.size()));
    }

    /**
     * Publishes again, as a retrying producer or a replayed topic would, some contacts, managers'
     * decisions and alerts: the figures must count each event once by its id.
     */
    private static void redeliver(RawTopics.Events events, List<ContactReceived> contacts) {
        contacts.subList(0, 5).forEach(contact -> runner.publish(Topics.CONTACTS_RECEIVED, contact.getContactId(), contact));
        events.managed().subList(0, 3).forEach(managed ->
                runner.publish(Topics.MANAGEMENT_DECISIONS, managed.getChildRef(), managed));
        List<TimescaleAlert> breaches = events.alerts().stream().filter(alert -> alert.getKind() == AlertKind.BREACHED).toList();
        assertThat(breaches).as("the month has breaches to redeliver").hasSizeGreaterThan(3);
        breaches.subList(0, 3).forEach(alert -> runner.publish(Topics.CONTACT_DECISION_ALERTS, alert.getAlertId(), alert));
    }

    /** Agreement proves little unless the month holds something of every kind the figures count. */
    private static void assertEveryRuleIsExercised(JsonNode december, JsonNode openClocks) {
        assertThat(december.at("/contacts/received").asLong()).isGreaterThan(150);
        assertThat(december.at("/contacts/bySource").size()).isGreaterThan(15);
        assertThat(december.at("/contacts/lateEntries").asLong()).isPositive();
        for (Route route : Route.values()) {
            assertThat(december.at("/childDecisions/byRoute/" + route).asLong()).as(route.name()).isPositive();
        }
        for (String count : List.of("numerator", "managedLate", "breachedAwaitingManager", "awaitingManagerWithinTime")) {
            assertThat(december.at("/managementDecisionsInTime/" + count).asLong()).as(count).isPositive();
        }
        assertThat(december.at("/reReferrals/reReferrals").asLong()).isPositive();
        assertThat(december.at("/breaches/CONTACT_DECISION").asLong()).isPositive();
        for (String rag : List.of("GREEN", "AMBER", "RED")) {
            assertThat(openClocks.at("/byRag/" + rag).asLong()).as(rag).isPositive();
        }
    }

    private static void assertFiguresAgree(Recount recount) {
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertThat(figures(NOVEMBER.toString())).isEqualTo(tree(recount.month(NOVEMBER)));
            assertThat(figures(DECEMBER.toString())).isEqualTo(tree(recount.month(DECEMBER)));
            assertThat(withoutAsOf(get("/api/v1/figures/open-clocks"))).isEqualTo(tree(recount.openClocks()));
        });
    }

    private static JsonNode figures(String month) {
        return withoutAsOf(get("/api/v1/figures?month=" + month));
    }

    private static String get(String path) {
        String answer = manager.get().uri(path).exchange((request, response) ->
                response.getStatusCode().value() + " " + response.bodyTo(String.class));
        assertThat(answer).startsWith("200 ");
        return answer.substring("200 ".length());
    }

    private static String annexAContacts(YearMonth month) {
        return get("/api/v1/annex-a/contacts.csv?month=" + month);
    }

    private static JsonNode withoutAsOf(String body) {
        ObjectNode node = (ObjectNode) JSON.readTree(body);
        assertThat(node.remove("asOf")).isNotNull();
        return node;
    }

    /** Through JSON text, so that numbers compare as the service's do. */
    private static JsonNode tree(Map<String, Object> figures) {
        return JSON.readTree(JSON.writeValueAsString(figures));
    }

    /** The figures' gauges as the Prometheus scrape shows them, by name and the tags they are broken down by. */
    private static Map<String, Double> figureGauges() {
        String scrape = runner.api(TestTokens::monitoring).get().uri("/actuator/prometheus").retrieve().body(String.class);
        Map<String, Double> gauges = new TreeMap<>();
        scrape.lines().filter(line -> line.startsWith("frontdoor_figures_")).forEach(line -> {
            int valueAt = line.lastIndexOf(' ');
            gauges.put(withFigureTagsOnly(line.substring(0, valueAt)), Double.valueOf(line.substring(valueAt + 1)));
        });
        return gauges;
    }

    /** Tags the platform may add to every meter, such as the application's name, are left out. */
    private static String withFigureTagsOnly(String series) {
        int tagsAt = series.indexOf('{');
        if (tagsAt < 0) {
            return series;
        }
        String tags = List.of(series.substring(tagsAt + 1, series.length() - 1).split(",")).stream()
                .filter(tag -> tag.matches("(source|route|clock|rag|team)=\".*\""))
                .sorted().collect(Collectors.joining(","));
        return tags.isEmpty() ? series.substring(0, tagsAt) : series.substring(0, tagsAt) + "{" + tags + "}";
    }

    private static int status(RestClient client, String path) {
        return client.get().uri(path).exchange((request, response) -> response.getStatusCode().value());
    }

    private static List<String> keysOn(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, runner.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "figures-dead-letters-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<String> keys = new ArrayList<>();
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(record.key());
                }
            }
            return keys;
        }
    }
}
