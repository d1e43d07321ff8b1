package org.frontdoor.strategy.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.frontdoor.calendar.LondonTime;
import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.events.CaseClosed;
import org.frontdoor.events.CaseClosure;
import org.frontdoor.events.CoreGroupHeld;
import org.frontdoor.events.IcpcHeld;
import org.frontdoor.events.IcpcNotRequired;
import org.frontdoor.events.IcpcOutcome;
import org.frontdoor.events.ReviewConferenceHeld;
import org.frontdoor.events.ReviewOutcome;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.StrategyMeetingHeld;
import org.frontdoor.events.StrategyMeetingOutcome;
import org.frontdoor.strategy.StrategyMeetingSettings;
import org.frontdoor.strategy.cases.CaseRuleViolation;
import org.frontdoor.strategy.cases.StrategyCase;
import org.frontdoor.strategy.clock.ClockRules;
import org.frontdoor.strategy.kafka.CaseEventPublisher;
import org.frontdoor.strategy.stream.CaseQueries;
import org.frontdoor.strategy.stream.CasesUnavailable;
import org.springframework.stereotype.Service;

/**
 * Accepts a command by publishing its case events, after checking it against the case's latest
 * state with the same fold the stream applies.
 *
 * <p>Races: commands on one case take the case's lock, and hold it until the stream has applied
 * their events to the store (or a bounded wait has passed), so the next command on the case is
 * checked against a state that includes them. This holds within one instance. Two instances
 * taking commands for the same case could both accept conflicting facts; the stream then applies
 * the first and refuses the second, and the command that published it answers 409 if it is still
 * waiting.
 */
@Service
class StrategyCaseCommands {

    private static final long POLL_MILLIS = 10;

    private final CaseQueries queries;
    private final CaseEventPublisher publisher;
    private final CaseLocks locks;
    private final Clock clock;
    private final ClockRules rules;
    private final StrategyMeetingSettings settings;

    StrategyCaseCommands(CaseQueries queries, CaseEventPublisher publisher, CaseLocks locks, Clock clock,
                         StrategyMeetingSettings settings) {
        this.queries = queries;
        this.publisher = publisher;
        this.locks = locks;
        this.clock = clock;
        this.settings = settings;
        this.rules = settings.timescales().rules(WorkingDayCalendar.englandAndWales());
    }

    StrategyCase recordStrategyMeeting(String caseId, Requests.StrategyMeeting meeting) {
        return execute(caseId, meeting.heldOn(), () -> {
            List<Object> facts = new ArrayList<>();
            facts.add(StrategyMeetingHeld.newBuilder().setHeldOn(meeting.heldOn())
                    .setAttendees(meeting.attendees().stream().distinct().toList()).setOutcome(meeting.outcome()).build());
            if (meeting.outcome() != StrategyMeetingOutcome.SECTION_47) {
                facts.add(closed(meeting.outcome() == StrategyMeetingOutcome.CHILD_IN_NEED
                        ? CaseClosure.CHILD_IN_NEED : CaseClosure.NO_FURTHER_ACTION));
            }
            return facts;
        });
    }

    StrategyCase recordIcpc(String caseId, Requests.Icpc icpc) {
        return execute(caseId, icpc.heldOn(), () -> {
            List<Object> facts = new ArrayList<>();
            facts.add(IcpcHeld.newBuilder().setHeldOn(icpc.heldOn()).setOutcome(icpc.outcome())
                    .setCategoryOfAbuse(icpc.categoryOfAbuse()).build());
            if (icpc.outcome() == IcpcOutcome.NO_PLAN) {
                facts.add(closed(CaseClosure.NO_PLAN));
            }
            return facts;
        });
    }

    StrategyCase recordIcpcNotRequired(String caseId, Requests.IcpcNotRequired notRequired) {
        return execute(caseId, null, () -> List.of(
                IcpcNotRequired.newBuilder().setReason(notRequired.reason()).build(),
                closed(CaseClosure.ICPC_NOT_REQUIRED)));
    }

    StrategyCase recordCoreGroup(String caseId, Requests.CoreGroup coreGroup) {
        return execute(caseId, coreGroup.heldOn(), () -> List.of(CoreGroupHeld.newBuilder().setHeldOn(coreGroup.heldOn()).build()));
    }

    StrategyCase recordReviewConference(String caseId, Requests.ReviewConference review) {
        return execute(caseId, review.heldOn(), () -> {
            List<Object> facts = new ArrayList<>();
            facts.add(ReviewConferenceHeld.newBuilder().setHeldOn(review.heldOn()).setOutcome(review.outcome()).build());
            if (review.outcome() == ReviewOutcome.END_PLAN) {
                facts.add(closed(CaseClosure.PLAN_ENDED));
            }
            return facts;
        });
    }

    private StrategyCase execute(String caseId, LocalDate heldOn, FactsSupplier facts) {
        ReentrantLock lock = locks.forCase(caseId);
        lock.lock();
        try {
            StrategyCase current = queries.find(caseId).orElseThrow(CaseNotFound::new);
            Instant now = clock.instant();
            List<StrategyCaseEvent> events = facts.get().stream().map(fact -> event(caseId, now, fact)).toList();
            StrategyCase after = current;
            for (StrategyCaseEvent event : events) {
                after = after.after(event, rules);
            }
            if (heldOn != null && heldOn.isAfter(LondonTime.dateOf(now))) {
                throw CaseRuleViolation.impossibleDate("The date is in the future.");
            }
            publisher.publish(events);
            return applied(caseId, events.get(events.size() - 1).getEventId(), after);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the stream has applied the last event, so the case lock is released only when
     * the store shows the command. The events are committed by now: if the wait runs out the
     * answer is the case as the fold left it, which the stream will reach.
     */
    private StrategyCase applied(String caseId, String lastEventId, StrategyCase expected) {
        long deadline = System.nanoTime() + settings.commandWait().toNanos();
        while (System.nanoTime() < deadline) {
            StrategyCase stored = storedNow(caseId);
            if (stored != null && stored.hasRefused(lastEventId)) {
                throw CaseRuleViolation.conflict("Another change to the case was recorded first; read the case and try again.");
            }
            if (stored != null && stored.hasSeen(lastEventId)) {
                return stored;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return expected;
    }

    // The events are committed: a store briefly unreadable (a rebalance) must not turn that into an error.
    private StrategyCase storedNow(String caseId) {
        try {
            return queries.find(caseId).orElse(null);
        } catch (CasesUnavailable e) {
            return null;
        }
    }

    private static CaseClosed closed(CaseClosure closure) {
        return CaseClosed.newBuilder().setClosure(closure).setReason(null).build();
    }

    private static StrategyCaseEvent event(String caseId, Instant now, Object fact) {
        return StrategyCaseEvent.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setCaseId(caseId)
                .setOccurredAt(now)
                .setFact(fact)
                .build();
    }

    @FunctionalInterface
    private interface FactsSupplier {
        List<Object> get();
    }
}
