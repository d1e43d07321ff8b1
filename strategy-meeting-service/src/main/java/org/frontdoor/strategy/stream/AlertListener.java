package org.frontdoor.strategy.stream;

import org.frontdoor.events.TimescaleAlert;

/** Told of each alert the due check raises; the metrics count them. */
@FunctionalInterface
public interface AlertListener {

    AlertListener NONE = alert -> { };

    void raised(TimescaleAlert alert);
}
