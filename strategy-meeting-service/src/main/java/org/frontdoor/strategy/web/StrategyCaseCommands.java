package org.frontdoor.strategy.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

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
import org.frontdoor.strategy.cases.CaseIds;
import org.frontdoor.strategy.cases.CaseRuleViolation;
import org.frontdoor.strategy.cases.CommandEventId;
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
 * <p>Retries: each event's id names its command (by the case and the Idempotency-Key, or at
 * random without a key), a digest of the request and its place in the command (see
 * {@link CommandEventId}). A command whose first event the case has seen is answered from the
 * case and publishes nothing; the same key with a different request is refused by the fold. The
 * ids are all the fold needs, so a retry that does publish again (the store not yet showing the
 * first, after a restart) is still applied once, by whichever writer, and counted once by the
 * figures.
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

    StrategyCase recordStrategyMeeting(String caseId, Requests.StrategyMeeting meeting, CommandOrigin origin) {
        return execute(caseId, meeting, origin, meeting.heldOn(), () -> {
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

    StrategyCase recordIcpc(String caseId, Requests.Icpc icpc, CommandOrigin origin) {
        return execute(caseId, icpc, origin, icpc.heldOn(), () -> {
            List<Object> facts = new ArrayList<>();
            facts.add(IcpcHeld.newBuilder().setHeldOn(icpc.heldOn()).setOutcome(icpc.outcome())
                    .setCategoryOfAbuse(icpc.categoryOfAbuse()).build());
            if (icpc.outcome() == IcpcOutcome.NO_PLAN) {
                facts.add(closed(CaseClosure.NO_PLAN));
            }
            return facts;
        });
    }

    StrategyCase recordIcpcNotRequired(String caseId, Requests.IcpcNotRequired notRequired, CommandOrigin origin) {
        return execute(caseId, notRequired, origin, null, () -> List.of(
                IcpcNotRequired.newBuilder().setReason(notRequired.reason()).build(),
                closed(CaseClosure.ICPC_NOT_REQUIRED)));
    }

    StrategyCase recordCoreGroup(String caseId, Requests.CoreGroup coreGroup, CommandOrigin origin) {
        return execute(caseId, coreGroup, origin, coreGroup.heldOn(),
                () -> List.of(CoreGroupHeld.newBuilder().setHeldOn(coreGroup.heldOn()).build()));
    }

    StrategyCase recordReviewConference(String caseId, Requests.ReviewConference review, CommandOrigin origin) {
        return execute(caseId, review, origin, review.heldOn(), () -> {
            List<Object> facts = new ArrayList<>();
            facts.add(ReviewConferenceHeld.newBuilder().setHeldOn(review.heldOn()).setOutcome(review.outcome()).build());
            if (review.outcome() == ReviewOutcome.END_PLAN) {
                facts.add(closed(CaseClosure.PLAN_ENDED));
            }
            return facts;
        });
    }

    private StrategyCase execute(String caseId, Requests.Body body, CommandOrigin origin, LocalDate heldOn,
                                 FactsSupplier facts) {
        ReentrantLock lock = locks.forCase(caseId);
        lock.lock();
        try {
            StrategyCase current = queries.find(caseId).orElseThrow(CaseNotFound::new);
            Instant now = clock.instant();
            String command = origin.key().map(key -> CaseIds.commandId(caseId, key.value()))
                    .orElseGet(() -> UUID.randomUUID().toString());
            String request = body.digest();
            List<Object> commandFacts = facts.get();
            List<StrategyCaseEvent> events = IntStream.range(0, commandFacts.size())
                    .mapToObj(i -> event(caseId, new CommandEventId(command, request, i), now, origin.recordedBy(), commandFacts.get(i)))
                    .toList();
            CommandEventId last = new CommandEventId(command, request, commandFacts.size() - 1);
            if (current.hasSeen(last.first().value())) {
                // Sent again under its key: answered as the first time, from the case, publishing nothing.
                return applied(caseId, last, current);
            }
            StrategyCase after = current;
            for (StrategyCaseEvent event : events) {
                after = after.after(event, rules);
            }
            if (heldOn != null && heldOn.isAfter(LondonTime.dateOf(now))) {
                throw CaseRuleViolation.impossibleDate("The date is in the future.");
            }
            publisher.publish(events);
            return applied(caseId, last, after);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the stream has applied the last event, so the case lock is released only when
     * the store shows the command. The events are committed by now: if the wait runs out the
     * answer is the case as the fold left it, which the stream will reach.
     */
    private StrategyCase applied(String caseId, CommandEventId last, StrategyCase expected) {
        long deadline = System.nanoTime() + settings.commandWait().toNanos();
        while (System.nanoTime() < deadline) {
            StrategyCase stored = storedNow(caseId);
            if (stored != null && stored.hasRefused(last.value())) {
                throw refusal(stored, last);
            }
            if (stored != null && stored.hasSeen(last.value())) {
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

    /** Why the stream refused a command that was checked against an older state of the case. */
    private static CaseRuleViolation refusal(StrategyCase stored, CommandEventId last) {
        if (stored.requestOf(last.command()).filter(request -> !request.equals(last.request())).isPresent()) {
            return CaseRuleViolation.keyReused();
        }
        return CaseRuleViolation.conflict("Another change to the case was recorded first; read the case and try again.");
    }

    private static CaseClosed closed(CaseClosure closure) {
        return CaseClosed.newBuilder().setClosure(closure).setReason(null).build();
    }

    private static StrategyCaseEvent event(String caseId, CommandEventId id, Instant now, String recordedBy, Object fact) {
        return StrategyCaseEvent.newBuilder()
                .setEventId(id.value())
                .setCaseId(caseId)
                .setOccurredAt(now)
                .setRecordedBy(recordedBy)
                .setFact(fact)
                .build();
    }

    @FunctionalInterface
    private interface FactsSupplier {
        List<Object> get();
    }
}
