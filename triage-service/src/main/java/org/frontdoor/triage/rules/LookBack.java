package org.frontdoor.triage.rules;

import java.time.LocalDate;

/**
 * "In the N days before this contact was received": an earlier contact counts when its local
 * received date is on or after the received date minus N days, and not after the received date.
 * With N = 365, a contact exactly 365 days earlier counts and one 366 days earlier does not.
 */
record LookBack(int days) {

    boolean includes(LocalDate earlier, LocalDate receivedOn) {
        return !earlier.isBefore(receivedOn.minusDays(days)) && !earlier.isAfter(receivedOn);
    }
}
