package org.frontdoor.triage.rules;

import java.util.List;
import java.util.Map;

import org.frontdoor.events.Rag;
import org.frontdoor.events.Route;

/** Rule 9: the urgency rating of each route at each level; the loader makes sure every pair has one. */
record RagTable(Map<Route, List<Rag>> ragsByRouteFromLevelOne) {

    RagTable {
        ragsByRouteFromLevelOne = Map.copyOf(ragsByRouteFromLevelOne);
    }

    Rag rag(Route route, ThresholdLevel level) {
        return ragsByRouteFromLevelOne.get(route).get(level.number() - 1);
    }
}
