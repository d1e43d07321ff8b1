package org.frontdoor.triage.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.Route;
import org.frontdoor.events.TimescaleAlert;

/**
 * The figures counted again from the raw events, by code that shares nothing with the service's
 * counting: what the service's figures must equal. Each event is counted once by its id, the first
 * manager's decision on a decision being the one that stopped its clock.
 */
final class Recount {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String CLOCK = "CONTACT_DECISION";
    private static final String FRONT_DOOR = "front-door";
    private static final List<String> RAGS = List.of("GREEN", "AMBER", "RED");

    private final Map<String, ContactReceived> contacts = new LinkedHashMap<>();
    private final Map<String, ChildTriaged> decisions = new LinkedHashMap<>();
    private final Map<String, ManagementDecisionRecorded> managed = new HashMap<>();
    private final Map<String, TimescaleAlert> alerts = new HashMap<>();

    Recount(RawTopics.Events events) {
        events.contacts().forEach(contact -> contacts.putIfAbsent(contact.getContactId(), contact));
        events.decisions().forEach(decision -> decisions.putIfAbsent(decision.getDecisionId(), decision));
        events.managed().forEach(decision -> managed.putIfAbsent(decision.getDecisionId(), decision));
        events.alerts().stream().filter(alert -> alert.getClock() == ClockType.CONTACT_DECISION)
                .forEach(alert -> alerts.putIfAbsent(alert.getAlertId(), alert));
    }

    /** The month's figures in the shape of {@code GET /api/v1/figures?month=}, without {@code asOf}. */
    Map<String, Object> month(YearMonth month) {
        List<ContactReceived> received = contacts.values().stream()
                .filter(contact -> YearMonth.from(london(contact.getReceivedAt())).equals(month)).toList();
        List<ChildTriaged> decided = decisions.values().stream()
                .filter(decision -> YearMonth.from(london(decision.getReceivedAt())).equals(month)).toList();
        List<Map<String, Object>> days = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            LocalDate date = day;
            days.add(ordered("date", date.toString(),
                    "contacts", contactCounts(received, contact -> london(contact.getReceivedAt()).equals(date)),
                    "childDecisions", decisionCounts(decided, decision -> london(decision.getReceivedAt()).equals(date))));
        }
        long inTime = 0;
        long late = 0;
        long breachedAwaiting = 0;
        for (ChildTriaged decision : decided) {
            ManagementDecisionRecorded manager = managed.get(decision.getDecisionId());
            if (manager != null && !london(manager.getRecordedAt()).isAfter(decision.getDecisionDueOn())) {
                inTime++;
            } else if (manager != null) {
                late++;
            } else if (raised(decision.getDecisionId()).contains(AlertKind.BREACHED)) {
                breachedAwaiting++;
            }
        }
        long known = inTime + late + breachedAwaiting;
        long referrals = decided.stream()
                .filter(decision -> decision.getRoute() == Route.MASH || decision.getRoute() == Route.STRATEGY_MEETING).count();
        long reReferrals = decided.stream().filter(decision -> decision.getReReferral()
                && (decision.getRoute() == Route.MASH || decision.getRoute() == Route.STRATEGY_MEETING)).count();
        long breaches = alerts.values().stream().filter(alert -> alert.getKind() == AlertKind.BREACHED
                && YearMonth.from(alert.getDueOn().plusDays(1)).equals(month)).count();
        return ordered("month", month.toString(),
                "contacts", contactCounts(received, contact -> true),
                "childDecisions", decisionCounts(decided, decision -> true),
                "managementDecisionsInTime", ordered("clock", CLOCK, "numerator", inTime, "denominator", known,
                        "percentage", percentage(inTime, known), "managedLate", late,
                        "breachedAwaitingManager", breachedAwaiting, "awaitingManagerWithinTime", decided.size() - known),
                "reReferrals", ordered("referrals", referrals, "reReferrals", reReferrals,
                        "percentage", percentage(reReferrals, referrals)),
                "breaches", Map.of(CLOCK, breaches),
                "days", days);
    }

    /** The clocks no manager has stopped, in the shape of {@code GET /api/v1/figures/open-clocks}, without {@code asOf}. */
    Map<String, Object> openClocks() {
        Map<String, Long> byRag = new LinkedHashMap<>();
        RAGS.forEach(rag -> byRag.put(rag, 0L));
        decisions.keySet().stream().filter(decisionId -> !managed.containsKey(decisionId))
                .forEach(decisionId -> byRag.merge(rag(decisionId), 1L, Long::sum));
        long total = byRag.values().stream().mapToLong(Long::longValue).sum();
        return ordered("clock", CLOCK, "total", total, "byRag", byRag, "byTeam", Map.of(FRONT_DOOR, byRag));
    }

    /** The Annex A contacts list for the month, as the CSV the service must send. */
    String annexAContacts(YearMonth month) {
        DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        StringBuilder csv = new StringBuilder("Child reference,Contact ID,Date of contact,Referral source,Triage route,"
                + "Manager decision,Route after manager decision,Team,Re-referral\r\n");
        decisions.values().stream().filter(decision -> YearMonth.from(london(decision.getReceivedAt())).equals(month))
                .sorted(Comparator.comparing(ChildTriaged::getReceivedAt).thenComparing(ChildTriaged::getContactId)
                        .thenComparingInt(ChildTriaged::getChildIndex))
                .forEach(decision -> {
                    ManagementDecisionRecorded manager = managed.get(decision.getDecisionId());
                    csv.append(String.join(",", decision.getChildRef(), decision.getContactId(),
                            dayFirst.format(london(decision.getReceivedAt())), decision.getReferralSource(),
                            decision.getRoute().name(), manager == null ? "" : manager.getOutcome().name(),
                            manager == null ? "" : manager.getRoute().name(), decision.getTeam(),
                            decision.getReReferral() ? "Yes" : "No")).append("\r\n");
                });
        return csv.toString();
    }

    /** The gauges of the month, as Prometheus names them: {@code name{tag="value",...}} to value. */
    Map<String, Double> gauges(YearMonth month) {
        Map<String, Object> figures = month(month);
        Map<String, Double> gauges = new TreeMap<>();
        contacts.values().stream().filter(contact -> YearMonth.from(london(contact.getReceivedAt())).equals(month))
                .collect(Collectors.groupingBy(ContactReceived::getReferralSource, Collectors.counting()))
                .forEach((source, count) -> gauges.put("frontdoor_figures_contacts_received{source=\"" + source + "\"}",
                        count.doubleValue()));
        Map<?, ?> byRoute = (Map<?, ?>) ((Map<?, ?>) figures.get("childDecisions")).get("byRoute");
        byRoute.forEach((route, count) -> gauges.put("frontdoor_figures_child_decisions{route=\"" + route + "\"}",
                ((Long) count).doubleValue()));
        gauges.put("frontdoor_figures_late_entries",
                ((Long) ((Map<?, ?>) figures.get("contacts")).get("lateEntries")).doubleValue());
        Map<?, ?> inTime = (Map<?, ?>) figures.get("managementDecisionsInTime");
        gauges.put("frontdoor_figures_management_decisions_on_time_ratio",
                ratio((Long) inTime.get("numerator"), (Long) inTime.get("denominator")));
        Map<?, ?> reReferrals = (Map<?, ?>) figures.get("reReferrals");
        gauges.put("frontdoor_figures_rereferral_ratio",
                ratio((Long) reReferrals.get("reReferrals"), (Long) reReferrals.get("referrals")));
        gauges.put("frontdoor_figures_breaches{clock=\"" + CLOCK + "\"}",
                ((Long) ((Map<?, ?>) figures.get("breaches")).get(CLOCK)).doubleValue());
        Map<?, ?> open = (Map<?, ?>) openClocks().get("byRag");
        open.forEach((rag, count) -> gauges.put("frontdoor_figures_open_clocks{clock=\"" + CLOCK + "\",rag=\"" + rag
                + "\",team=\"" + FRONT_DOOR + "\"}", ((Long) count).doubleValue()));
        return gauges;
    }

    private String rag(String decisionId) {
        Set<AlertKind> raised = raised(decisionId);
        if (raised.contains(AlertKind.BREACHED)) {
            return "RED";
        }
        return raised.contains(AlertKind.AT_RISK) ? "AMBER" : "GREEN";
    }

    private Set<AlertKind> raised(String decisionId) {
        return alerts.values().stream().filter(alert -> decisionId.equals(alert.getDecisionId()))
                .map(TimescaleAlert::getKind).collect(Collectors.toSet());
    }

    private static Map<String, Object> contactCounts(List<ContactReceived> received, Predicate<ContactReceived> on) {
        Map<String, Long> bySource = received.stream().filter(on)
                .collect(Collectors.groupingBy(ContactReceived::getReferralSource, TreeMap::new, Collectors.counting()));
        long lateEntries = received.stream().filter(on).filter(contact -> contact.getLateEntryReason() != null).count();
        return ordered("received", bySource.values().stream().mapToLong(Long::longValue).sum(), "lateEntries", lateEntries,
                "bySource", bySource);
    }

    private static Map<String, Object> decisionCounts(List<ChildTriaged> decided, Predicate<ChildTriaged> on) {
        Map<String, Long> byRoute = everyRoute();
        Map<String, Map<String, Long>> bySourceAndRoute = new TreeMap<>();
        decided.stream().filter(on).forEach(decision -> {
            byRoute.merge(decision.getRoute().name(), 1L, Long::sum);
            bySourceAndRoute.computeIfAbsent(decision.getReferralSource(), source -> everyRoute())
                    .merge(decision.getRoute().name(), 1L, Long::sum);
        });
        return ordered("total", byRoute.values().stream().mapToLong(Long::longValue).sum(), "byRoute", byRoute,
                "bySourceAndRoute", bySourceAndRoute);
    }

    private static Map<String, Long> everyRoute() {
        Map<String, Long> byRoute = new LinkedHashMap<>();
        for (Route route : Route.values()) {
            byRoute.put(route.name(), 0L);
        }
        return byRoute;
    }

    private static BigDecimal percentage(long numerator, long denominator) {
        return denominator == 0 ? null
                : new BigDecimal(numerator * 100).divide(new BigDecimal(denominator), 1, RoundingMode.HALF_UP);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }

    private static LocalDate london(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }

    /** A map that keeps its keys in the order given; values may be null, unlike {@code Map.of}. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
