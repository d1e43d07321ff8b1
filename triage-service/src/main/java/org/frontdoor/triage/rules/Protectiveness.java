package org.frontdoor.triage.rules;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

import org.frontdoor.events.Route;

/**
 * The domain's order of routes by how much they protect a child: STRATEGY_MEETING over MASH over
 * EARLY_HELP over NO_FURTHER_ACTION. Written out rather than taken from the enum's declaration
 * order, which belongs to the Avro contract and may change for other reasons.
 */
final class Protectiveness {

    private static final Map<Route, Integer> RANK = new EnumMap<>(Map.of(
            Route.NO_FURTHER_ACTION, 0,
            Route.EARLY_HELP, 1,
            Route.MASH, 2,
            Route.STRATEGY_MEETING, 3));

    static final Comparator<Route> LEAST_TO_MOST = Comparator.comparing(RANK::get);

    private Protectiveness() {
    }

    static Route mostProtective(Route a, Route b) {
        return LEAST_TO_MOST.compare(a, b) >= 0 ? a : b;
    }
}
