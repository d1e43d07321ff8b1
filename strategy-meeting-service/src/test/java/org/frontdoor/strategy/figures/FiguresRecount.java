package org.frontdoor.strategy.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.CaseClosed;
import org.frontdoor.events.CaseOpened;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.CoreGroupHeld;
import org.frontdoor.events.IcpcHeld;
import org.frontdoor.events.IcpcNotRequired;
import org.frontdoor.events.IcpcOutcome;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.StrategyMeetingHeld;
import org.frontdoor.events.StrategyMeetingOutcome;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroDeserializer;

/**
 * Counts the figures again, from scratch, from every committed record of the raw case events and
 * alerts topics, with code of its own: the definitions of docs/figures.md applied directly, for
 * the pathways the integration test's scenario produces (no review conference is ever held, and
 * every command is accepted). It shares nothing with the service's figures code but the calendar.
 */
final class FiguresRecount implements AutoCloseable {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int ICPC_WORKING_DAYS = 15;

    private final KafkaConsumer<String, StrategyCaseEvent> events;
    private final KafkaConsumer<String, TimescaleAlert> alerts;
    private final Map<String, List<StrategyCaseEvent>> eventsByCase = new LinkedHashMap<>();
    private final Map<String, List<TimescaleAlert>> alertsByCase = new HashMap<>();

    FiguresRecount(String bootstrapServers) {
        this.events = consumer(bootstrapServers, Topics.STRATEGY_CASE_EVENTS.name(), new AvroDeserializer<>(StrategyCaseEvent.class));
        this.alerts = consumer(bootstrapServers, Topics.STRATEGY_CASE_ALERTS.name(), new AvroDeserializer<>(TimescaleAlert.class));
    }

    private static <V extends SpecificRecord> KafkaConsumer<String, V> consumer(String bootstrapServers, String topic,
                                                                          AvroDeserializer<V> values) {
        KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), values);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** Reads every record committed since the last call. */
    void catchUp() {
        drain(events, event -> eventsByCase.computeIfAbsent(event.getCaseId(), id -> new ArrayList<>()).add(event));
        drain(alerts, alert -> alertsByCase.computeIfAbsent(alert.getCaseId(), id -> new ArrayList<>()).add(alert));
    }

    private static <V> void drain(KafkaConsumer<String, V> consumer, Consumer<V> sink) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> sink.accept(record.value()));
        }
    }

    boolean hasBreachAlert(String caseId, ClockType clock) {
        catchUp();
        return alertsByCase.getOrDefault(caseId, List.of()).stream()
                .anyMatch(alert -> alert.getClock() == clock && alert.getKind() == AlertKind.BREACHED);
    }

    /** The month's figures, flattened as the test flattens the API's answer. */
    Map<String, Object> figuresOf(YearMonth month) {
        long held = 0;
        long inTime = 0;
        Map<StrategyMeetingOutcome, Long> meetings = new TreeMap<>();
        for (StrategyMeetingOutcome outcome : StrategyMeetingOutcome.values()) {
            meetings.put(outcome, 0L);
        }
        long withoutEnquiry = 0;
        Map<ClockType, Long> breaches = new TreeMap<>();
        for (ClockType clock : List.of(ClockType.STRATEGY_MEETING, ClockType.ICPC, ClockType.CORE_GROUP, ClockType.REVIEW_CONFERENCE)) {
            breaches.put(clock, 0L);
        }
        for (CaseRecount recounted : cases()) {
            boolean enquiryStarted = false;
            for (StrategyMeetingHeld meeting : recounted.meetings) {
                if (YearMonth.from(meeting.getHeldOn()).equals(month)) {
                    meetings.merge(meeting.getOutcome(), 1L, Long::sum);
                    if (meeting.getOutcome() != StrategyMeetingOutcome.SECTION_47 && !enquiryStarted) {
                        withoutEnquiry++;
                    }
                }
                enquiryStarted |= meeting.getOutcome() == StrategyMeetingOutcome.SECTION_47;
            }
            if (recounted.icpcHeldOn != null && YearMonth.from(recounted.icpcHeldOn).equals(month)) {
                held++;
                if (recounted.icpcInTime()) {
                    inTime++;
                }
            }
            for (Clock clock : recounted.clocks()) {
                LocalDate breachedOn = recounted.breachedOn(clock);
                if (breachedOn != null && YearMonth.from(breachedOn).equals(month)) {
                    breaches.merge(clock.type, 1L, Long::sum);
                }
            }
        }
        Map<String, Object> flat = new TreeMap<>();
        flat.put("month", month.toString());
        flat.put("icpcs.timescaleWorkingDays", (long) ICPC_WORKING_DAYS);
        flat.put("icpcs.numerator", inTime);
        flat.put("icpcs.denominator", held);
        flat.put("icpcs.percentage", held == 0 ? "none"
                : new BigDecimal(inTime * 100).divide(new BigDecimal(held), 1, RoundingMode.HALF_UP).toPlainString());
        flat.put("meetings.total", meetings.values().stream().mapToLong(Long::longValue).sum());
        flat.put("meetings.withoutEnquiry", withoutEnquiry);
        meetings.forEach((outcome, count) -> flat.put("meetings." + outcome, count));
        breaches.forEach((clock, count) -> flat.put("breaches." + clock, count));
        return flat;
    }

    /** Open clocks now, as {@code CLOCK/RAG/team} to their number. */
    Map<String, Long> openClocks() {
        Map<String, Long> open = new TreeMap<>();
        for (CaseRecount recounted : cases()) {
            if (recounted.closed) {
                continue;
            }
            for (Clock clock : recounted.clocks()) {
                if (clock.metOn == null) {
                    String rag = recounted.alerted(clock.type, AlertKind.BREACHED) != null ? "RED"
                            : recounted.alerted(clock.type, AlertKind.AT_RISK) != null ? "AMBER" : "GREEN";
                    open.merge(clock.type + "/" + rag + "/" + recounted.team, 1L, Long::sum);
                }
            }
        }
        return open;
    }

    /** ICPCs held by their due date that count as late because their breach alert went out before they were recorded. */
    long icpcsLateOnlyByTheirBreachAlert() {
        return cases().stream().filter(recounted -> recounted.icpcHeldOn != null
                && !recounted.icpcHeldOn.isAfter(recounted.icpcDue())
                && recounted.alerted(ClockType.ICPC, AlertKind.BREACHED) != null).count();
    }

    /** The Annex A list as the API must write it for the enquiries started in the month. */
    String section47Csv(YearMonth month) {
        StringBuilder csv = new StringBuilder("Child reference,Case ID,Strategy meeting date,ICPC date,Working days to ICPC,"
                + "ICPC within 15 working days,ICPC outcome,Team\r\n");
        cases().stream()
                .filter(recounted -> recounted.enquiryStartedOn != null && YearMonth.from(recounted.enquiryStartedOn).equals(month))
                .sorted(Comparator.comparing((CaseRecount recounted) -> recounted.enquiryStartedOn).thenComparing(recounted -> recounted.caseId))
                .forEach(recounted -> {
                    boolean held = recounted.icpcHeldOn != null;
                    String outcome = held ? (recounted.icpcPlan ? "Child protection plan" : "No plan")
                            : recounted.icpcNotRequiredOn != null ? "ICPC not required" : "";
                    csv.append(String.join(",", recounted.childRef, recounted.caseId, ddmmyyyy(recounted.enquiryStartedOn),
                                    held ? ddmmyyyy(recounted.icpcHeldOn) : "",
                                    held ? String.valueOf(workingDaysBetween(recounted.enquiryStartedOn, recounted.icpcHeldOn)) : "",
                                    held ? (recounted.icpcInTime() ? "Yes" : "No") : "",
                                    outcome, recounted.team))
                            .append("\r\n");
                });
        return csv.toString();
    }

    private static String ddmmyyyy(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** Working days after day 0 up to and including the date; the scenario holds every ICPC on a working day. */
    private static long workingDaysBetween(LocalDate day0, LocalDate date) {
        if (!CALENDAR.isWorkingDay(date)) {
            throw new AssertionError("The scenario holds ICPCs on working days only");
        }
        return day0.datesUntil(date.plusDays(1)).filter(day -> day.isAfter(day0) && CALENDAR.isWorkingDay(day)).count();
    }

    private List<CaseRecount> cases() {
        return eventsByCase.entrySet().stream()
                .map(entry -> new CaseRecount(entry.getKey(), entry.getValue(), alertsByCase.getOrDefault(entry.getKey(), List.of())))
                .toList();
    }

    @Override
    public void close() {
        events.close();
        alerts.close();
    }

    /** A clock of a case: when it was due and when its milestone came (null while it has not). */
    private record Clock(ClockType type, LocalDate dueOn, LocalDate metOn) {
    }

    /** One case read from its events and alerts. */
    private static final class CaseRecount {

        private final String caseId;
        private final List<TimescaleAlert> alerts;
        private final List<StrategyMeetingHeld> meetings = new ArrayList<>();
        private String childRef;
        private String team;
        private LocalDate openedOn;
        private boolean immediateRisk;
        private boolean closed;
        private LocalDate enquiryStartedOn;
        private LocalDate icpcHeldOn;
        private boolean icpcPlan;
        private LocalDate icpcNotRequiredOn;
        private LocalDate coreGroupOn;

        CaseRecount(String caseId, List<StrategyCaseEvent> events, List<TimescaleAlert> alerts) {
            this.caseId = caseId;
            this.alerts = alerts;
            for (StrategyCaseEvent event : events) {
                Object fact = event.getFact();
                if (fact instanceof CaseOpened opened) {
                    childRef = opened.getChildRef();
                    team = opened.getTeam();
                    openedOn = opened.getOpenedOn();
                    immediateRisk = opened.getImmediateRisk();
                } else if (fact instanceof StrategyMeetingHeld meeting) {
                    meetings.add(meeting);
                    if (meeting.getOutcome() == StrategyMeetingOutcome.SECTION_47 && enquiryStartedOn == null) {
                        enquiryStartedOn = meeting.getHeldOn();
                    }
                } else if (fact instanceof IcpcHeld icpc) {
                    icpcHeldOn = icpc.getHeldOn();
                    icpcPlan = icpc.getOutcome() == IcpcOutcome.CHILD_PROTECTION_PLAN;
                } else if (fact instanceof IcpcNotRequired) {
                    icpcNotRequiredOn = LocalDate.ofInstant(event.getOccurredAt(), LONDON);
                } else if (fact instanceof CoreGroupHeld coreGroup) {
                    coreGroupOn = coreGroupOn == null ? coreGroup.getHeldOn() : coreGroupOn;
                } else if (fact instanceof CaseClosed) {
                    closed = true;
                } else {
                    throw new AssertionError("The scenario records no " + fact.getClass().getSimpleName());
                }
            }
        }

        LocalDate icpcDue() {
            return CALENDAR.addWorkingDays(enquiryStartedOn, ICPC_WORKING_DAYS);
        }

        boolean icpcInTime() {
            return icpcHeldOn != null && !icpcHeldOn.isAfter(icpcDue()) && alerted(ClockType.ICPC, AlertKind.BREACHED) == null;
        }

        List<Clock> clocks() {
            List<Clock> clocks = new ArrayList<>();
            clocks.add(new Clock(ClockType.STRATEGY_MEETING, CALENDAR.addWorkingDays(openedOn, immediateRisk ? 0 : 1),
                    meetings.isEmpty() ? null : meetings.get(0).getHeldOn()));
            if (enquiryStartedOn != null) {
                clocks.add(new Clock(ClockType.ICPC, icpcDue(), icpcHeldOn != null ? icpcHeldOn : icpcNotRequiredOn));
            }
            if (icpcPlan) {
                clocks.add(new Clock(ClockType.CORE_GROUP, CALENDAR.addWorkingDays(icpcHeldOn, 10), coreGroupOn));
                clocks.add(new Clock(ClockType.REVIEW_CONFERENCE, icpcHeldOn.plusMonths(3), null));
            }
            return clocks;
        }

        /** The day the clock breached: the day after its due date, if its breach alert went out or it was met after that date. */
        LocalDate breachedOn(Clock clock) {
            TimescaleAlert breach = alerted(clock.type, AlertKind.BREACHED);
            if (breach != null) {
                return breach.getDueOn().plusDays(1);
            }
            return clock.metOn != null && clock.metOn.isAfter(clock.dueOn) ? clock.dueOn.plusDays(1) : null;
        }

        TimescaleAlert alerted(ClockType clock, AlertKind kind) {
            return alerts.stream().filter(alert -> alert.getClock() == clock && alert.getKind() == kind).findFirst().orElse(null);
        }
    }
}
