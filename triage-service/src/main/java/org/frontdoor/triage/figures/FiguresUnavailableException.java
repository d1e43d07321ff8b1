package org.frontdoor.triage.figures;

/** The figures' stores cannot be read yet, typically while they are restored after a restart. */
class FiguresUnavailableException extends RuntimeException {

    FiguresUnavailableException() {
        super("The figures are being restored; try again shortly");
    }
}
