package org.frontdoor.triage.rules;

import java.util.Map;

import org.frontdoor.events.Route;

/** The team that owns a decision's follow-up, by route (domain section 6). */
record Teams(Map<Route, String> teamByRoute) {

    Teams {
        teamByRoute = Map.copyOf(teamByRoute);
    }

    String teamFor(Route route) {
        return teamByRoute.get(route);
    }
}
