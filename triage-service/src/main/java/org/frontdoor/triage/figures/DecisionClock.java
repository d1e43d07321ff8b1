package org.frontdoor.triage.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.calendar.Deadline;
import org.frontdoor.calendar.LondonTime;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.ManagementOutcome;
import org.frontdoor.events.Route;
import org.frontdoor.events.TimescaleAlert;

/**
 * What the figures know of one child's triage decision and its contact-decision clock, gathered
 * from the decision, the manager's decision and the clock's alerts in whatever order they arrive.
 * A fact already known is not learnt again, so an event delivered twice changes nothing.
 *
 * @param triaged    the decision; null until it has arrived
 * @param managed    the first manager's decision recorded for it, which stopped the clock; null until then
 * @param atRisk     whether the clock's at-risk alert has been raised
 * @param breachedOn the date the clock breached, from its breach alert; null unless breached
 */
record DecisionClock(Triaged triaged, Managed managed, boolean atRisk, LocalDate breachedOn) {

    /** Domain section 6: contact decisions belong to the front door team, whatever route the child took. */
    static final String CONTACT_DECISION_TEAM = "front-door";

    static final DecisionClock UNKNOWN = new DecisionClock(null, null, false, null);

    /** The decision as the figures and the Annex A list need it: no names, no dates of birth. */
    record Triaged(String contactId, int childIndex, String childRef, Instant receivedAt, String referralSource,
                   Route route, boolean reReferral, String team, LocalDate dueOn) {

        static Triaged of(ChildTriaged decision) {
            return new Triaged(decision.getContactId(), decision.getChildIndex(), decision.getChildRef(),
                    decision.getReceivedAt(), decision.getReferralSource(), decision.getRoute(), decision.getReReferral(),
                    decision.getTeam(), decision.getDecisionDueOn());
        }

        LocalDate receivedOn() {
            return LondonTime.dateOf(receivedAt);
        }

        /** MASH and strategy meetings are referrals: children's social care takes the child on. */
        boolean referral() {
            return route == Route.MASH || route == Route.STRATEGY_MEETING;
        }
    }

    record Managed(ManagementOutcome outcome, Route route, Instant recordedAt) {

        static Managed of(ManagementDecisionRecorded managed) {
            return new Managed(managed.getOutcome(), managed.getRoute(), managed.getRecordedAt());
        }
    }

    DecisionClock withTriage(ChildTriaged decision) {
        return triaged != null ? this : new DecisionClock(Triaged.of(decision), managed, atRisk, breachedOn);
    }

    /** A second manager's decision (two instances racing) does not move the clock: it stopped at the first. */
    DecisionClock withManagement(ManagementDecisionRecorded decision) {
        return managed != null ? this : new DecisionClock(triaged, Managed.of(decision), atRisk, breachedOn);
    }

    /** A clock breaches at the start of the day after its due date (domain section 5). */
    DecisionClock withAlert(TimescaleAlert alert) {
        return alert.getKind() == AlertKind.AT_RISK
                ? new DecisionClock(triaged, managed, true, breachedOn)
                : new DecisionClock(triaged, managed, atRisk, alert.getDueOn().plusDays(1));
    }

    /** Everything this decision counts towards, as its facts stand. */
    List<Counted> counted() {
        List<Counted> counted = new ArrayList<>();
        if (breachedOn != null) {
            counted.add(Counted.breach(breachedOn));
        }
        if (triaged == null) {
            return counted;
        }
        LocalDate receivedOn = triaged.receivedOn();
        counted.add(Counted.childDecision(receivedOn, triaged.referralSource(), triaged.route()));
        if (triaged.referral() && triaged.reReferral()) {
            counted.add(Counted.reReferral(receivedOn, triaged.route()));
        }
        if (managed != null) {
            counted.add(Counted.received(managedInTime() ? Measure.MANAGED_IN_TIME : Measure.MANAGED_LATE, receivedOn));
        } else {
            if (breachedOn != null) {
                counted.add(Counted.received(Measure.BREACHED_AWAITING_MANAGER, receivedOn));
            }
            counted.add(Counted.openClock(CONTACT_DECISION_TEAM, rag()));
        }
        return counted;
    }

    /**
     * In time when the London date the manager's decision was recorded is on or before the due
     * date the decision carries: the first working day after the date of receipt, which triage
     * set with the working-day calendar when the clock started (ClockRule.CONTACT_DECISION, at
     * risk from the start of the due date itself).
     */
    private boolean managedInTime() {
        Deadline deadline = new Deadline(triaged.receivedOn(), triaged.dueOn(), triaged.dueOn());
        return deadline.isMetInTime(LondonTime.dateOf(managed.recordedAt()));
    }

    private ClockRag rag() {
        if (breachedOn != null) {
            return ClockRag.RED;
        }
        return atRisk ? ClockRag.AMBER : ClockRag.GREEN;
    }
}
