package org.frontdoor.strategy.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.frontdoor.events.Agency;
import org.frontdoor.events.CategoryOfAbuse;
import org.frontdoor.events.IcpcOutcome;
import org.frontdoor.events.ReviewOutcome;
import org.frontdoor.events.StrategyMeetingOutcome;

/** The bodies of the case commands. Unknown fields are rejected by the JSON reader. */
final class Requests {

    private Requests() {
    }

    record StrategyMeeting(@NotNull LocalDate heldOn, @NotNull @Size(max = 20) List<@NotNull Agency> attendees,
                           @NotNull StrategyMeetingOutcome outcome) {

        /** A strategy meeting needs at least children's social care, police and health. */
        static final List<Agency> STATUTORY_ATTENDEES = List.of(Agency.SOCIAL_CARE, Agency.POLICE, Agency.HEALTH);

        boolean hasStatutoryAttendees() {
            return attendees == null || attendees.containsAll(STATUTORY_ATTENDEES);
        }
    }

    record Icpc(@NotNull LocalDate heldOn, @NotNull IcpcOutcome outcome, CategoryOfAbuse categoryOfAbuse) {

        /** A plan needs its category of abuse; a conference that made no plan has none. */
        boolean hasConsistentCategory() {
            return outcome == null || (outcome == IcpcOutcome.CHILD_PROTECTION_PLAN) == (categoryOfAbuse != null);
        }
    }

    record IcpcNotRequired(@NotBlank @Size(max = 2000) String reason) {
    }

    record CoreGroup(@NotNull LocalDate heldOn) {
    }

    record ReviewConference(@NotNull LocalDate heldOn, @NotNull ReviewOutcome outcome) {
    }
}
