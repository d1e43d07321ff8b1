package org.frontdoor.triage.decision;

/** The decision stores are not queryable yet, typically while they are restored after a restart. */
class DecisionsUnavailableException extends RuntimeException {

    DecisionsUnavailableException() {
        super("Decisions are being restored; try again shortly");
    }
}
