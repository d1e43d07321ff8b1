package org.frontdoor.strategy.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import org.frontdoor.security.Caller;
import org.frontdoor.strategy.cases.CaseStatus;
import org.frontdoor.strategy.cases.StrategyCase;
import org.frontdoor.strategy.stream.CaseQueries;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The section 47 cases: queries, and the commands that record each step of the pathway. Every
 * command takes an optional Idempotency-Key, which makes sending it again safe.
 */
@RestController
@RequestMapping("/api/v1/strategy-cases")
class StrategyCaseController {

    private final CaseQueries queries;
    private final StrategyCaseCommands commands;
    private final Clock clock;

    StrategyCaseController(CaseQueries queries, StrategyCaseCommands commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    /** The cases of a contact, or all cases in one status; with both, the contact's cases in that status. */
    @GetMapping
    List<CaseView> cases(@RequestParam(required = false) String contactId,
                         @RequestParam(required = false) CaseStatus status) {
        if (contactId == null && status == null) {
            throw new InvalidField("contactId", "Give a contactId or a status.");
        }
        List<StrategyCase> found = contactId != null ? queries.byContact(contactId) : queries.byStatus(status);
        return views(found.stream().filter(c -> status == null || c.status() == status).toList());
    }

    @GetMapping("/{caseId}")
    CaseView strategyCase(@PathVariable String caseId) {
        return view(queries.find(caseId).orElseThrow(CaseNotFound::new));
    }

    @PostMapping("/{caseId}/strategy-meetings")
    CaseView strategyMeeting(@PathVariable String caseId, @Valid @RequestBody Requests.StrategyMeeting meeting,
                             @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
                             Authentication caller) {
        if (!meeting.hasStatutoryAttendees()) {
            throw new InvalidField("attendees", "Attendees must include SOCIAL_CARE, POLICE and HEALTH.");
        }
        return view(commands.recordStrategyMeeting(caseId, meeting, origin(idempotencyKey, caller)));
    }

    @PostMapping("/{caseId}/icpc")
    CaseView icpc(@PathVariable String caseId, @Valid @RequestBody Requests.Icpc icpc,
                  @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
                  Authentication caller) {
        if (!icpc.hasConsistentCategory()) {
            throw new InvalidField("categoryOfAbuse",
                    "A child protection plan needs a category of abuse (NEG, PHY, SAB, EMO or MUL); NO_PLAN takes none.");
        }
        return view(commands.recordIcpc(caseId, icpc, origin(idempotencyKey, caller)));
    }

    @PostMapping("/{caseId}/icpc-not-required")
    CaseView icpcNotRequired(@PathVariable String caseId, @Valid @RequestBody Requests.IcpcNotRequired notRequired,
                             @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
                             Authentication caller) {
        return view(commands.recordIcpcNotRequired(caseId, notRequired, origin(idempotencyKey, caller)));
    }

    @PostMapping("/{caseId}/core-groups")
    CaseView coreGroup(@PathVariable String caseId, @Valid @RequestBody Requests.CoreGroup coreGroup,
                       @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
                       Authentication caller) {
        return view(commands.recordCoreGroup(caseId, coreGroup, origin(idempotencyKey, caller)));
    }

    @PostMapping("/{caseId}/review-conferences")
    CaseView reviewConference(@PathVariable String caseId, @Valid @RequestBody Requests.ReviewConference review,
                              @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
                              Authentication caller) {
        return view(commands.recordReviewConference(caseId, review, origin(idempotencyKey, caller)));
    }

    /** Only a practitioner's token reaches a command (StrategyMeetingAccess), so there is always a caller. */
    private static CommandOrigin origin(String idempotencyKey, Authentication caller) {
        return new CommandOrigin(Caller.of(caller).orElseThrow().subject(), IdempotencyKey.of(idempotencyKey));
    }

    private CaseView view(StrategyCase strategyCase) {
        return CaseView.of(strategyCase, clock.instant());
    }

    private List<CaseView> views(List<StrategyCase> cases) {
        Instant now = clock.instant();
        return cases.stream().map(c -> CaseView.of(c, now)).toList();
    }
}
