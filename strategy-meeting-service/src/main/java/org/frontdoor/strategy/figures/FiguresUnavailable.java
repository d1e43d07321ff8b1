package org.frontdoor.strategy.figures;

/**
 * The figures cannot be read now: their topology is starting, restoring, rebalancing or stopped.
 * A partial sum would be a wrong figure, so none is given.
 */
final class FiguresUnavailable extends RuntimeException {

    FiguresUnavailable(Throwable cause) {
        super("The figures are not available at the moment", cause);
    }
}
