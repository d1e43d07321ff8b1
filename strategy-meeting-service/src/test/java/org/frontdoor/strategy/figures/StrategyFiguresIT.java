package org.frontdoor.strategy.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.Route;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroSerializer;
import org.frontdoor.security.TestTokens;
import org.frontdoor.strategy.MovableClock;
import org.frontdoor.strategy.StrategyMeetingApplication;
import org.frontdoor.strategy.cases.CaseIds;
import org.frontdoor.strategy.stream.TriageFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures against the running service and a real (embedded, KRaft) broker. A seeded month of
 * cases is worked through day by day, as practitioners would (strategy meetings, ICPCs in time,
 * late and recorded late, not required, core groups, a manager's overrides), with the service's
 * clock moved each morning so that the due checks raise the at-risk and breach alerts. The figures
 * must then equal, exactly, a recount of the raw case events and alerts by the independent code
 * in {@link FiguresRecount}, and keep equalling it after restarts on the same state directory
 * and on an empty one.
 */
@EmbeddedKafka(brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StrategyFiguresIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    // Cases open on each working day of November 2026; the work goes on until Friday 18 December.
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-11-02");
    private static final LocalDate LAST_OPENING_DAY = LocalDate.parse("2026-11-30");
    private static final LocalDate LAST_DAY = LocalDate.parse("2026-12-18");
    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12),
            YearMonth.of(2027, 1));
    private static final List<String> TEAMS = List.of("assessment-and-safeguarding", "north-safeguarding");
    private static final MovableClock CLOCK = new MovableClock(morningOf(FIRST_DAY));
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static EmbeddedKafkaBroker broker;
    private static KafkaProducer<String, Object> producer;
    private static ConfigurableApplicationContext service;
    private static FiguresRecount recount;
    private static final List<Path> stateDirs = new ArrayList<>();
    private static final Scenario scenario = new Scenario(new Random(47));

    @BeforeAll
    static void startService() throws Exception {
        broker = EmbeddedKafkaCondition.getBroker();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class));
        service = start(newStateDir());
        recount = new FiguresRecount(broker.getBrokersAsString());
    }

    @AfterAll
    static void stopService() throws Exception {
        if (service != null) {
            service.close();
        }
        if (recount != null) {
            recount.close();
        }
        producer.close();
        for (Path dir : stateDirs) {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static Path newStateDir() throws Exception {
        Path dir = Files.createTempDirectory("strategy-figures-it-state");
        stateDirs.add(dir);
        return dir;
    }

    private static ConfigurableApplicationContext start(Path stateDir) {
        String[] arguments = Stream.concat(Stream.of(
                        "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "--spring.kafka.streams.state-dir=" + stateDir,
                        "--server.port=0",
                        "--frontdoor.strategy.due-check-interval=300ms",
                        "--frontdoor.figures.open-clocks-refresh=200ms",
                        // The test sends many requests while its clock stands still: no bucket would refill.
                        "--frontdoor.security.rate-limit.burst=100000",
                        "--frontdoor.security.rate-limit.requests-per-second=100000"),
                Stream.of(TestTokens.resourceServerPropertyLines()).map(line -> "--" + line)).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StrategyMeetingApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("testClock", CLOCK))
                .run(arguments);
        await().atMost(PATIENCE).until(() -> bothTopologiesRun(context));
        return context;
    }

    private static boolean bothTopologiesRun(ConfigurableApplicationContext context) throws Exception {
        // Health details are shown to MONITORING only.
        JsonNode health = JSON.readTree(send(context, "GET", "/actuator/health", null, TestTokens.monitoring()).body());
        return "RUNNING".equals(health.at("/components/kafkaStreams/details/state").asString(""))
                && "RUNNING".equals(health.at("/components/figures/details/state").asString(""));
    }

    private static Instant morningOf(LocalDate day) {
        return day.atTime(LocalTime.of(8, 0)).atZone(LONDON).toInstant();
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext context, String method, String path, String json,
                                             String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A manager reads the figures. */
    private static HttpResponse<String> managerGet(String path) throws Exception {
        return send(service, "GET", path, null, TestTokens.manager());
    }

    /** A practitioner records each step of the pathway. */
    private static void practitionerPost(String path, String json) throws Exception {
        HttpResponse<String> response = send(service, "POST", path, json, TestTokens.practitioner());
        assertThat(response.statusCode()).as("POST %s %s: %s", path, json, response.body()).isEqualTo(200);
    }

    private static String caseStatus(String caseId) throws Exception {
        HttpResponse<String> response = send(service, "GET", "/api/v1/strategy-cases/" + caseId, null, TestTokens.practitioner());
        return response.statusCode() == 200 ? JSON.readTree(response.body()).get("status").asString() : "NOT_FOUND";
    }

    /** Works one day: the morning's new cases, then every step due to be recorded that day. */
    private static void work(LocalDate day) throws Exception {
        CLOCK.set(morningOf(day));
        if (!day.isAfter(LAST_OPENING_DAY)) {
            List<String> opened = new ArrayList<>();
            for (Scenario.Opening opening : scenario.openCases(day)) {
                ChildTriaged decision = ChildTriaged.newBuilder(TriageFacts.triaged(opening.decisionId(), Route.STRATEGY_MEETING,
                        CLOCK.instant(), opening.immediateRisk())).setTeam(opening.team()).build();
                producer.send(new ProducerRecord<>(Topics.CHILD_DECISIONS.name(), decision.getChildRef(), decision)).get();
                opened.add(CaseIds.caseIdFor(opening.decisionId()));
            }
            for (String caseId : opened) {
                await().atMost(PATIENCE).until(() -> caseStatus(caseId).equals("OPEN"));
            }
        }
        for (Scenario.Step step : scenario.stepsRecordedOn(day)) {
            record(step);
        }
    }

    private static void record(Scenario.Step step) throws Exception {
        String caseId = CaseIds.caseIdFor(step.decisionId());
        String path = "/api/v1/strategy-cases/" + caseId;
        switch (step.kind()) {
            case OVERRIDE -> {
                ManagementDecisionRecorded override = TriageFacts.overridden(step.decisionId(), Route.STRATEGY_MEETING, Route.MASH,
                        CLOCK.instant());
                producer.send(new ProducerRecord<>(Topics.MANAGEMENT_DECISIONS.name(), override.getChildRef(), override)).get();
                await().atMost(PATIENCE).until(() -> caseStatus(caseId).equals("CLOSED"));
            }
            case STRATEGY_MEETING -> practitionerPost(path + "/strategy-meetings", "{\"heldOn\": \"" + step.heldOn()
                    + "\", \"attendees\": [\"SOCIAL_CARE\", \"POLICE\", \"HEALTH\"], \"outcome\": \"" + step.outcome() + "\"}");
            case ICPC -> {
                if (step.afterIcpcBreach()) {
                    // Recorded once the breach alert is out, as a practitioner recording it the next morning would be.
                    await().atMost(PATIENCE).until(() -> recount.hasBreachAlert(caseId, ClockType.ICPC));
                }
                practitionerPost(path + "/icpc", "{\"heldOn\": \"" + step.heldOn() + "\", \"outcome\": \"" + step.outcome() + "\""
                        + (step.outcome().equals("CHILD_PROTECTION_PLAN") ? ", \"categoryOfAbuse\": \"NEG\"" : "") + "}");
            }
            case ICPC_NOT_REQUIRED -> practitionerPost(path + "/icpc-not-required", "{\"reason\": \"Enquiry found no continuing risk\"}");
            case CORE_GROUP -> practitionerPost(path + "/core-groups", "{\"heldOn\": \"" + step.heldOn() + "\"}");
        }
    }

    /** The figures of the month as the API gives them, flattened to compare with the recount's. */
    private static Map<String, Object> figuresOf(YearMonth month) throws Exception {
        HttpResponse<String> response = managerGet("/api/v1/figures?month=" + month);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode figures = JSON.readTree(response.body());
        Map<String, Object> flat = new TreeMap<>();
        flat.put("month", figures.get("month").asString());
        JsonNode icpcs = figures.get("icpcsInTime");
        flat.put("icpcs.timescaleWorkingDays", icpcs.get("timescaleWorkingDays").asLong());
        flat.put("icpcs.numerator", icpcs.get("numerator").asLong());
        flat.put("icpcs.denominator", icpcs.get("denominator").asLong());
        flat.put("icpcs.percentage", icpcs.get("percentage").isNull() ? "none" : icpcs.get("percentage").decimalValue().toPlainString());
        JsonNode meetings = figures.get("strategyMeetings");
        flat.put("meetings.total", meetings.get("total").asLong());
        flat.put("meetings.withoutEnquiry", meetings.get("withoutEnquiry").asLong());
        meetings.get("byOutcome").properties().forEach(entry -> flat.put("meetings." + entry.getKey(), entry.getValue().asLong()));
        figures.get("breaches").properties().forEach(entry -> flat.put("breaches." + entry.getKey(), entry.getValue().asLong()));
        return flat;
    }

    private static Map<String, Long> openClocks() throws Exception {
        HttpResponse<String> response = managerGet("/api/v1/figures/open-clocks");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Long> rows = new TreeMap<>();
        for (JsonNode row : JSON.readTree(response.body()).get("clocks")) {
            rows.put(row.get("clock").asString() + "/" + row.get("rag").asString() + "/" + row.get("team").asString(),
                    row.get("count").asLong());
        }
        return rows;
    }

    /** Waits for the figures to catch up with the topics, then holds them to an exact recount. */
    private static void assertFiguresAgreeWithTheRecount() {
        await().atMost(PATIENCE).untilAsserted(() -> {
            recount.catchUp();
            for (YearMonth month : MONTHS) {
                assertThat(figuresOf(month)).as("figures of %s", month).isEqualTo(recount.figuresOf(month));
            }
            assertThat(openClocks()).as("open clocks").isEqualTo(recount.openClocks());
        });
    }

    @Test
    @Order(1)
    void a_month_of_cases_worked_day_by_day_gives_figures_equal_to_a_recount_of_the_raw_topics() throws Exception {
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            if (CALENDAR.isWorkingDay(day)) {
                work(day);
            }
        }

        assertFiguresAgreeWithTheRecount();
        System.out.printf("Strategy figures of the seeded scenario, equal to the recount:%n  2026-11 %s%n  2026-12 %s%n  open now %s%n",
                recount.figuresOf(YearMonth.of(2026, 11)), recount.figuresOf(YearMonth.of(2026, 12)), recount.openClocks());

        // The month is one that exercises every rule the figures count by.
        Map<String, Object> november = recount.figuresOf(YearMonth.of(2026, 11));
        Map<String, Object> december = recount.figuresOf(YearMonth.of(2026, 12));
        assertThat((Long) december.get("icpcs.denominator")).isGreaterThan((Long) december.get("icpcs.numerator")).isPositive();
        assertThat((Long) december.get("icpcs.numerator")).isPositive();
        assertThat((Long) november.get("meetings.withoutEnquiry")).isPositive();
        assertThat((Long) november.get("meetings.total")).isGreaterThan((Long) november.get("meetings.withoutEnquiry"));
        assertThat((Long) november.get("breaches.STRATEGY_MEETING") + (Long) december.get("breaches.ICPC")).isPositive();
        assertThat(recount.icpcsLateOnlyByTheirBreachAlert()).as("ICPCs held in time but recorded after the breach alert").isPositive();
        assertThat(recount.openClocks().keySet()).anyMatch(row -> row.contains("/RED/")).anyMatch(row -> row.contains("/GREEN/"));
        assertThat(recount.openClocks().keySet()).anyMatch(row -> row.endsWith(TEAMS.get(0))).anyMatch(row -> row.endsWith(TEAMS.get(1)));
    }

    @Test
    @Order(2)
    void the_annex_a_list_has_one_line_per_enquiry_started_in_the_month() throws Exception {
        for (YearMonth month : List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12))) {
            HttpResponse<String> csv = managerGet("/api/v1/annex-a/section-47.csv?month=" + month);

            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
            assertThat(csv.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"section-47-enquiries-" + month + ".csv\"");
            assertThat(csv.body()).isEqualTo(recount.section47Csv(month));
        }
        assertThat(recount.section47Csv(YearMonth.of(2026, 11)).lines().count()).isGreaterThan(10);
    }

    @Test
    @Order(3)
    void the_gauges_show_the_current_months_figures_and_the_open_clocks_now() throws Exception {
        YearMonth current = YearMonth.from(LAST_DAY);
        Map<String, Object> figures = recount.figuresOf(current);
        Map<String, Long> open = recount.openClocks();

        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<String, Double> scraped = scrape();
            assertThat(scraped.get("frontdoor_figures_icpc_on_time_ratio"))
                    .isEqualTo((double) (Long) figures.get("icpcs.numerator") / (Long) figures.get("icpcs.denominator"));
            for (String outcome : List.of("SECTION_47", "CHILD_IN_NEED", "NO_FURTHER_ACTION")) {
                assertThat(scraped.get("frontdoor_figures_strategy_meetings{outcome=\"" + outcome + "\"}"))
                        .isEqualTo((double) (Long) figures.get("meetings." + outcome));
            }
            assertThat(scraped.get("frontdoor_figures_strategy_meetings_without_enquiry"))
                    .isEqualTo((double) (Long) figures.get("meetings.withoutEnquiry"));
            for (String clock : List.of("STRATEGY_MEETING", "ICPC", "CORE_GROUP", "REVIEW_CONFERENCE")) {
                assertThat(scraped.get("frontdoor_figures_breaches{clock=\"" + clock + "\"}"))
                        .isEqualTo((double) (Long) figures.get("breaches." + clock));
            }
            Map<String, Long> openSeries = new TreeMap<>();
            scraped.forEach((series, value) -> {
                Matcher row = OPEN_CLOCKS_SERIES.matcher(series);
                if (row.matches() && value > 0) {
                    openSeries.put(row.group(1) + "/" + row.group(2) + "/" + row.group(3), value.longValue());
                }
            });
            assertThat(openSeries).isEqualTo(open);
        });
    }

    private static final Pattern OPEN_CLOCKS_SERIES = Pattern.compile(
            "frontdoor_figures_open_clocks\\{clock=\"(\\w+)\",rag=\"(\\w+)\",team=\"([^\"]+)\"}");

    /** Every series the Prometheus scrape shows, by name and tags. */
    private static Map<String, Double> scrape() throws Exception {
        HttpResponse<String> scrape = send(service, "GET", "/actuator/prometheus", null, TestTokens.monitoring());
        assertThat(scrape.statusCode()).isEqualTo(200);
        Map<String, Double> series = new TreeMap<>();
        scrape.body().lines().filter(line -> line.startsWith("frontdoor_figures_")).forEach(line -> {
            int space = line.lastIndexOf(' ');
            series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        });
        return series;
    }

    @Test
    @Order(4)
    void the_answers_carry_exactly_the_documented_fields() throws Exception {
        JsonNode figures = JSON.readTree(managerGet("/api/v1/figures?month=2026-11").body());
        JsonNode open = JSON.readTree(managerGet("/api/v1/figures/open-clocks").body());

        assertThat(figures.propertyNames()).containsExactly("month", "asOf", "icpcsInTime", "strategyMeetings", "breaches");
        assertThat(figures.get("icpcsInTime").propertyNames()).containsExactly("timescaleWorkingDays", "numerator", "denominator", "percentage");
        assertThat(figures.get("strategyMeetings").propertyNames()).containsExactly("total", "byOutcome", "withoutEnquiry");
        assertThat(figures.get("breaches").propertyNames()).containsExactly("STRATEGY_MEETING", "ICPC", "CORE_GROUP", "REVIEW_CONFERENCE");
        assertThat(open.propertyNames()).containsExactly("asOf", "total", "byRag", "byTeam", "clocks");
        assertThat(open.get("asOf").asString()).isEqualTo(CLOCK.instant().toString());
        assertThat(open.get("byRag").propertyNames()).containsExactly("GREEN", "AMBER", "RED");
        assertThat(open.get("clocks").get(0).propertyNames()).containsExactly("clock", "rag", "team", "count");
        assertThat(open.get("total").asLong()).isEqualTo(recount.openClocks().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    @Order(4)
    void the_figures_dead_letter_topics_are_created_at_start_up() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            assertThat(admin.listTopics().names().get()).contains(
                    "frontdoor.strategy-cases.events.dlt.strategy-meeting-service-figures",
                    "frontdoor.strategy-cases.alerts.dlt.strategy-meeting-service-figures");
        }
    }

    @Test
    @Order(4)
    void a_month_that_is_not_yyyy_mm_is_a_bad_request_and_no_month_means_the_current_one() throws Exception {
        HttpResponse<String> bad = managerGet("/api/v1/figures?month=November");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"month\"").doesNotContain("November");
        assertThat(managerGet("/api/v1/annex-a/section-47.csv?month=2026-13").statusCode()).isEqualTo(400);

        assertThat(JSON.readTree(managerGet("/api/v1/figures").body()).get("month").asString()).isEqualTo("2026-12");
        assertThat(managerGet("/api/v1/annex-a/section-47.csv").headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("section-47-enquiries-2026-12.csv"));
    }

    @Test
    @Order(5)
    void the_figures_survive_a_restart_and_count_on_exactly_from_where_they_were() throws Exception {
        Path stateDir = Path.of(service.getEnvironment().getProperty("spring.kafka.streams.state-dir"));
        service.close();
        service = start(stateDir);

        assertFiguresAgreeWithTheRecount();

        // The following week's work, counted by the restarted service.
        for (LocalDate day = LAST_DAY.plusDays(1); !day.isAfter(LAST_DAY.plusDays(5)); day = day.plusDays(1)) {
            if (CALENDAR.isWorkingDay(day)) {
                work(day);
            }
        }
        assertFiguresAgreeWithTheRecount();
    }

    @Test
    @Order(6)
    void the_figures_are_rebuilt_exactly_on_an_empty_state_directory() throws Exception {
        service.close();
        service = start(newStateDir());

        assertFiguresAgreeWithTheRecount();
    }
}
