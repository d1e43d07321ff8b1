package org.frontdoor.strategy.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
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

    /** A command's body, which a digest tells apart from any other under the same Idempotency-Key. */
    interface Body {

        /** The step and every field, in one fixed form: equal bodies, equal forms. */
        String canonicalForm();

        /**
         * The SHA-256 of the canonical form, cut to its first 128 bits (still far beyond any chance
         * collision between two bodies) to keep event ids short; URL-safe Base64, so never a '/'.
         */
        default String digest() {
            try {
                byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(canonicalForm().getBytes(StandardCharsets.UTF_8));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha256, 16));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java platform has SHA-256", e);
            }
        }
    }

    record StrategyMeeting(@NotNull LocalDate heldOn, @NotNull @Size(max = 20) List<@NotNull Agency> attendees,
                           @NotNull StrategyMeetingOutcome outcome) implements Body {

        /** A strategy meeting needs at least children's social care, police and health. */
        static final List<Agency> STATUTORY_ATTENDEES = List.of(Agency.SOCIAL_CARE, Agency.POLICE, Agency.HEALTH);

        boolean hasStatutoryAttendees() {
            return attendees == null || attendees.containsAll(STATUTORY_ATTENDEES);
        }

        @Override
        public String canonicalForm() {
            return "strategy-meeting|" + heldOn + "|" + attendees + "|" + outcome;
        }
    }

    record Icpc(@NotNull LocalDate heldOn, @NotNull IcpcOutcome outcome, CategoryOfAbuse categoryOfAbuse) implements Body {

        /** A plan needs its category of abuse; a conference that made no plan has none. */
        boolean hasConsistentCategory() {
            return outcome == null || (outcome == IcpcOutcome.CHILD_PROTECTION_PLAN) == (categoryOfAbuse != null);
        }

        @Override
        public String canonicalForm() {
            return "icpc|" + heldOn + "|" + outcome + "|" + categoryOfAbuse;
        }
    }

    record IcpcNotRequired(@NotBlank @Size(max = 2000) String reason) implements Body {

        @Override
        public String canonicalForm() {
            return "icpc-not-required|" + reason;
        }
    }

    record CoreGroup(@NotNull LocalDate heldOn) implements Body {

        @Override
        public String canonicalForm() {
            return "core-group|" + heldOn;
        }
    }

    record ReviewConference(@NotNull LocalDate heldOn, @NotNull ReviewOutcome outcome) implements Body {

        @Override
        public String canonicalForm() {
            return "review-conference|" + heldOn + "|" + outcome;
        }
    }
}
