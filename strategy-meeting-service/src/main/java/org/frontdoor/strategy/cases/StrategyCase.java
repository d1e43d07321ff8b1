package org.frontdoor.strategy.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.frontdoor.calendar.LondonTime;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.CaseClosed;
import org.frontdoor.events.CaseClosure;
import org.frontdoor.events.CaseOpened;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.CoreGroupHeld;
import org.frontdoor.events.IcpcHeld;
import org.frontdoor.events.IcpcNotRequired;
import org.frontdoor.events.IcpcOutcome;
import org.frontdoor.events.ReviewConferenceHeld;
import org.frontdoor.events.ReviewOutcome;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.StrategyMeetingHeld;
import org.frontdoor.events.StrategyMeetingOutcome;
import org.frontdoor.strategy.clock.CaseClock;
import org.frontdoor.strategy.clock.ClockRules;

/**
 * A section 47 case: the fold of its {@link StrategyCaseEvent}s. Applying a fact either returns
 * the case after it or throws {@link CaseRuleViolation}; the same rules decide whether an HTTP
 * command is accepted and whether an event read back from the topic is applied, so the two can
 * never disagree.
 *
 * @param eventIds the events already applied, so that reading one again changes nothing
 * @param refusedEventIds events read from the topic that the case's state did not allow (only a
 *                        race between two instances can publish one); kept so the caller that
 *                        published it learns the outcome
 * @param history  every fact applied, in order; a case stored before the history was kept shows
 *                 only the facts applied since
 */
public record StrategyCase(String caseId, String contactId, String decisionId, String childRef, String team,
                           LocalDate openedOn, boolean immediateRisk, CaseStatus status, CaseStage stage,
                           CaseClosure closure, LocalDate enquiryStartedOn, LocalDate planStartedOn,
                           int strategyMeetings, int coreGroups, int reviewConferences, List<CaseClock> clocks,
                           List<String> eventIds, List<String> refusedEventIds, List<CaseStep> history) {

    public StrategyCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stage, "stage");
        clocks = List.copyOf(clocks);
        eventIds = List.copyOf(eventIds);
        refusedEventIds = List.copyOf(refusedEventIds);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The case a {@link CaseOpened} fact opens, with its strategy meeting clock running. */
    public static StrategyCase opened(StrategyCaseEvent event, ClockRules rules) {
        if (!(event.getFact() instanceof CaseOpened fact)) {
            throw CaseRuleViolation.conflict("There is no strategy case with this id.");
        }
        return new StrategyCase(event.getCaseId(), fact.getContactId(), fact.getDecisionId(), fact.getChildRef(),
                fact.getTeam(), fact.getOpenedOn(), fact.getImmediateRisk(), CaseStatus.OPEN,
                CaseStage.AWAITING_STRATEGY_MEETING, null, null, null, 0, 0, 0,
                List.of(rules.startStrategyMeeting(fact.getOpenedOn(), fact.getImmediateRisk())),
                List.of(event.getEventId()), List.of(), List.of(CaseStep.of(event)));
    }

    /**
     * The case after {@code event}. An event already applied returns the case unchanged.
     *
     * @throws CaseRuleViolation when the case's state does not allow the fact, or the event belongs
     *                           to a command the case did not apply as it was first asked
     */
    public StrategyCase after(StrategyCaseEvent event, ClockRules rules) {
        if (hasSeen(event.getEventId())) {
            return this;
        }
        CommandEventId.parse(event.getEventId()).ifPresent(this::requireAsFirstAsked);
        Object fact = event.getFact();
        if (fact instanceof CaseOpened) {
            throw CaseRuleViolation.conflict("The case is already open.");
        }
        if (status == CaseStatus.CLOSED) {
            throw CaseRuleViolation.conflict("The case is closed.");
        }
        Draft draft = new Draft(this);
        if (fact instanceof StrategyMeetingHeld meeting) {
            strategyMeetingHeld(draft, meeting, rules);
        } else if (fact instanceof IcpcHeld icpc) {
            icpcHeld(draft, icpc, rules);
        } else if (fact instanceof IcpcNotRequired) {
            icpcNotRequired(draft, LondonTime.dateOf(event.getOccurredAt()));
        } else if (fact instanceof CoreGroupHeld coreGroup) {
            coreGroupHeld(draft, coreGroup);
        } else if (fact instanceof ReviewConferenceHeld review) {
            reviewConferenceHeld(draft, review, rules);
        } else if (fact instanceof CaseClosed closed) {
            closed(draft, closed.getClosure());
        } else {
            throw new IllegalArgumentException("Not a strategy case fact: " + fact.getClass().getName());
        }
        draft.eventIds.add(event.getEventId());
        draft.history.add(CaseStep.of(event));
        return draft.toCase();
    }

    /** The case with an event it refused remembered, so that it is refused the same way if read again. */
    public StrategyCase refusing(String eventId) {
        Draft draft = new Draft(this);
        draft.refusedEventIds.add(eventId);
        return draft.toCase();
    }

    /** The case after one of its clocks raised an alert. */
    public StrategyCase alerted(ClockType clock, int cycle, AlertKind kind) {
        Draft draft = new Draft(this);
        draft.update(clock, cycle, running -> running.alerted(kind));
        return draft.toCase();
    }

    public boolean hasSeen(String eventId) {
        return eventIds.contains(eventId) || refusedEventIds.contains(eventId);
    }

    public boolean hasRefused(String eventId) {
        return refusedEventIds.contains(eventId);
    }

    /** The request digest of the command this case applied under that name, if it applied one. */
    public Optional<String> requestOf(String command) {
        return eventIds.stream().map(CommandEventId::parse).flatMap(Optional::stream)
                .filter(id -> id.command().equals(command)).map(CommandEventId::request).findFirst();
    }

    public Optional<CaseClock> clock(ClockType clock, int cycle) {
        return clocks.stream().filter(c -> c.clock() == clock && c.cycle() == cycle).findFirst();
    }

    /**
     * A command's name (its Idempotency-Key) stands for the request first applied under it, and a
     * command's later events (a closure after its meeting) only follow its first.
     */
    private void requireAsFirstAsked(CommandEventId id) {
        if (requestOf(id.command()).filter(applied -> !applied.equals(id.request())).isPresent()) {
            throw CaseRuleViolation.keyReused();
        }
        if (id.index() > 0 && !eventIds.contains(id.first().value())) {
            throw CaseRuleViolation.conflict("The step this completes was not recorded.");
        }
    }

    private void strategyMeetingHeld(Draft draft, StrategyMeetingHeld meeting, ClockRules rules) {
        if (stage != CaseStage.AWAITING_STRATEGY_MEETING && stage != CaseStage.SECTION_47_ENQUIRY) {
            throw CaseRuleViolation.conflict("The section 47 enquiry has already reached its conference decision.");
        }
        LocalDate heldOn = notBeforeOpening(meeting.getHeldOn());
        draft.strategyMeetings++;
        draft.meetRunning(ClockType.STRATEGY_MEETING, heldOn);
        // A further meeting for an enquiry already started is recorded but keeps the ICPC clock
        // on the meeting that started the enquiry.
        if (meeting.getOutcome() == StrategyMeetingOutcome.SECTION_47 && stage == CaseStage.AWAITING_STRATEGY_MEETING) {
            draft.stage = CaseStage.SECTION_47_ENQUIRY;
            draft.enquiryStartedOn = heldOn;
            draft.clocks.add(rules.startIcpc(heldOn));
        } else if (meeting.getOutcome() != StrategyMeetingOutcome.SECTION_47) {
            draft.stage = CaseStage.CONCLUDED;
        }
    }

    private void icpcHeld(Draft draft, IcpcHeld icpc, ClockRules rules) {
        requireEnquiryAwaitingConference();
        LocalDate heldOn = notBefore(icpc.getHeldOn(), enquiryStartedOn, "the strategy meeting that started the enquiry");
        draft.meetRunning(ClockType.ICPC, heldOn);
        if (icpc.getOutcome() == IcpcOutcome.CHILD_PROTECTION_PLAN) {
            draft.stage = CaseStage.CHILD_PROTECTION_PLAN;
            draft.planStartedOn = heldOn;
            draft.clocks.add(rules.startCoreGroup(heldOn));
            draft.clocks.add(rules.startReviewConference(heldOn, 1));
        } else {
            draft.stage = CaseStage.CONCLUDED;
        }
    }

    private void icpcNotRequired(Draft draft, LocalDate recordedOn) {
        requireEnquiryAwaitingConference();
        draft.meetRunning(ClockType.ICPC, recordedOn);
        draft.stage = CaseStage.CONCLUDED;
    }

    private void coreGroupHeld(Draft draft, CoreGroupHeld coreGroup) {
        requirePlan();
        LocalDate heldOn = notBefore(coreGroup.getHeldOn(), planStartedOn, "the ICPC that made the plan");
        draft.coreGroups++;
        draft.meetRunning(ClockType.CORE_GROUP, heldOn);
    }

    private void reviewConferenceHeld(Draft draft, ReviewConferenceHeld review, ClockRules rules) {
        requirePlan();
        CaseClock current = clocks.stream()
                .filter(c -> c.clock() == ClockType.REVIEW_CONFERENCE && c.running()).findFirst()
                .orElseThrow(() -> CaseRuleViolation.conflict("No review conference is due."));
        LocalDate heldOn = notBefore(review.getHeldOn(), current.startedOn(), "the conference before it");
        draft.reviewConferences++;
        draft.meetRunning(ClockType.REVIEW_CONFERENCE, heldOn);
        if (review.getOutcome() == ReviewOutcome.CONTINUE_PLAN) {
            draft.clocks.add(rules.startReviewConference(heldOn, current.cycle() + 1));
        } else {
            draft.stage = CaseStage.CONCLUDED;
        }
    }

    private static void closed(Draft draft, CaseClosure closure) {
        draft.status = CaseStatus.CLOSED;
        draft.stage = CaseStage.CONCLUDED;
        draft.closure = closure;
        draft.clocks.replaceAll(clock -> clock.running() ? clock.stopped() : clock);
    }

    private void requireEnquiryAwaitingConference() {
        switch (stage) {
            case AWAITING_STRATEGY_MEETING ->
                    throw CaseRuleViolation.conflict("No strategy meeting has started a section 47 enquiry.");
            case SECTION_47_ENQUIRY -> {
            }
            default -> throw CaseRuleViolation.conflict("The ICPC decision has already been recorded.");
        }
    }

    private void requirePlan() {
        if (stage != CaseStage.CHILD_PROTECTION_PLAN) {
            throw CaseRuleViolation.conflict("The child has no child protection plan.");
        }
    }

    private LocalDate notBeforeOpening(LocalDate date) {
        return notBefore(date, openedOn, "the case opened");
    }

    private LocalDate notBefore(LocalDate date, LocalDate earliest, String what) {
        if (date.isBefore(openedOn)) {
            throw CaseRuleViolation.impossibleDate("The date is before the case opened.");
        }
        if (date.isBefore(earliest)) {
            throw CaseRuleViolation.impossibleDate("The date is before " + what + ".");
        }
        return date;
    }

    /** A working copy of a case while one fact is applied. */
    private static final class Draft {
        private final StrategyCase base;
        private CaseStatus status;
        private CaseStage stage;
        private CaseClosure closure;
        private LocalDate enquiryStartedOn;
        private LocalDate planStartedOn;
        private int strategyMeetings;
        private int coreGroups;
        private int reviewConferences;
        private final List<CaseClock> clocks;
        private final List<String> eventIds;
        private final List<String> refusedEventIds;
        private final List<CaseStep> history;

        Draft(StrategyCase base) {
            this.base = base;
            this.status = base.status;
            this.stage = base.stage;
            this.closure = base.closure;
            this.enquiryStartedOn = base.enquiryStartedOn;
            this.planStartedOn = base.planStartedOn;
            this.strategyMeetings = base.strategyMeetings;
            this.coreGroups = base.coreGroups;
            this.reviewConferences = base.reviewConferences;
            this.clocks = new ArrayList<>(base.clocks);
            this.eventIds = new ArrayList<>(base.eventIds);
            this.refusedEventIds = new ArrayList<>(base.refusedEventIds);
            this.history = new ArrayList<>(base.history);
        }

        /** Meets the clock of this type that is still running; a clock already met stays as it was. */
        void meetRunning(ClockType type, LocalDate heldOn) {
            clocks.replaceAll(clock -> clock.clock() == type && clock.running() ? clock.metOn(heldOn) : clock);
        }

        void update(ClockType type, int cycle, UnaryOperator<CaseClock> change) {
            clocks.replaceAll(clock -> clock.clock() == type && clock.cycle() == cycle ? change.apply(clock) : clock);
        }

        StrategyCase toCase() {
            return new StrategyCase(base.caseId, base.contactId, base.decisionId, base.childRef, base.team,
                    base.openedOn, base.immediateRisk, status, stage, closure, enquiryStartedOn, planStartedOn,
                    strategyMeetings, coreGroups, reviewConferences, clocks, eventIds, refusedEventIds, history);
        }
    }
}
