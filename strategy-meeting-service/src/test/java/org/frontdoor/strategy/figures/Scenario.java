package org.frontdoor.strategy.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.frontdoor.calendar.WorkingDayCalendar;

/**
 * A seeded month of section 47 work: each morning's new cases, and for each case every step of
 * its pathway with the day it is recorded. Most steps are in time; some are late, some are
 * recorded a working day after they happened, some enquiries need no ICPC, some drift without one,
 * and a few cases are overridden away from the strategy meeting by a manager.
 */
final class Scenario {

    enum Kind { OVERRIDE, STRATEGY_MEETING, ICPC, ICPC_NOT_REQUIRED, CORE_GROUP }

    /** A child routed to a strategy meeting this morning. */
    record Opening(String decisionId, String team, boolean immediateRisk) {
    }

    /**
     * One step of a case's pathway.
     *
     * @param heldOn           the date it happened; null for steps that carry none
     * @param afterIcpcBreach  recorded after the ICPC clock breached, though it may have been held in time
     */
    record Step(String decisionId, Kind kind, LocalDate heldOn, String outcome, boolean afterIcpcBreach) {
    }

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final List<String> TEAMS = List.of("assessment-and-safeguarding", "north-safeguarding");

    private final Random random;
    private final Map<LocalDate, List<Step>> steps = new TreeMap<>();
    private int decisions;

    Scenario(Random random) {
        this.random = random;
    }

    /** One to three children routed to a strategy meeting on the day, each with the pathway planned ahead. */
    List<Opening> openCases(LocalDate day) {
        List<Opening> openings = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Opening opening = new Opening("figures-" + ++decisions, TEAMS.get(random.nextInt(TEAMS.size())), random.nextInt(10) == 0);
            plan(opening, day);
            openings.add(opening);
        }
        return openings;
    }

    List<Step> stepsRecordedOn(LocalDate day) {
        return steps.getOrDefault(day, List.of());
    }

    private void plan(Opening opening, LocalDate openedOn) {
        String decisionId = opening.decisionId();
        if (random.nextInt(16) == 0) {
            add(openedOn, new Step(decisionId, Kind.OVERRIDE, null, null, false));
            return;
        }
        int delay = pick(List.of(0, 1, 2, 3), List.of(40, 45, 10, 5));
        LocalDate meetingOn = CALENDAR.addWorkingDays(openedOn, delay);
        String outcome = pick(List.of("SECTION_47", "CHILD_IN_NEED", "NO_FURTHER_ACTION"), List.of(60, 25, 15));
        add(recordedOn(meetingOn, 10), new Step(decisionId, Kind.STRATEGY_MEETING, meetingOn, outcome, false));
        if (!outcome.equals("SECTION_47")) {
            return;
        }
        LocalDate icpcDue = CALENDAR.addWorkingDays(meetingOn, 15);
        if (random.nextInt(8) == 0) {
            // The enquiry drifts: no conference decision is ever recorded, and its clock runs on into breach.
            return;
        }
        if (random.nextInt(10) == 0) {
            add(CALENDAR.addWorkingDays(meetingOn, 5), new Step(decisionId, Kind.ICPC_NOT_REQUIRED, null, null, false));
            return;
        }
        int offset = random.nextInt(10) < 7 ? 10 + random.nextInt(6) : 16 + random.nextInt(4);
        LocalDate icpcOn = CALENDAR.addWorkingDays(meetingOn, offset);
        // An ICPC held on its due date and recorded the next working day: in time by its date, late by the record.
        LocalDate icpcRecordedOn = offset == 15 ? recordedOn(icpcOn, 50) : recordedOn(icpcOn, 15);
        String icpcOutcome = random.nextBoolean() ? "CHILD_PROTECTION_PLAN" : "NO_PLAN";
        add(icpcRecordedOn, new Step(decisionId, Kind.ICPC, icpcOn, icpcOutcome, icpcRecordedOn.isAfter(icpcDue)));
        if (icpcOutcome.equals("CHILD_PROTECTION_PLAN")) {
            LocalDate coreGroupOn = CALENDAR.addWorkingDays(icpcOn, 5 + random.nextInt(8));
            add(coreGroupOn, new Step(decisionId, Kind.CORE_GROUP, coreGroupOn, null, false));
        }
    }

    /** The day a step held on {@code heldOn} is recorded: that day, or with the given percent chance the next working day. */
    private LocalDate recordedOn(LocalDate heldOn, int percentRecordedLate) {
        return random.nextInt(100) < percentRecordedLate ? CALENDAR.addWorkingDays(heldOn, 1) : heldOn;
    }

    private void add(LocalDate recordedOn, Step step) {
        steps.computeIfAbsent(recordedOn, day -> new ArrayList<>()).add(step);
    }

    private <T> T pick(List<T> values, List<Integer> percents) {
        int roll = random.nextInt(100);
        for (int i = 0; i < values.size(); i++) {
            roll -= percents.get(i);
            if (roll < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
