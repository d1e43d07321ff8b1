package org.frontdoor.triage.rules;

import java.util.ArrayList;
import java.util.List;

import org.frontdoor.events.Route;

/** A child's level and route while the rules of section 4.2 are applied in turn, with the reasons so far. */
record Assessment(ThresholdLevel level, Route route, List<Reason> reasons) {

    Assessment {
        reasons = List.copyOf(reasons);
    }

    Assessment then(ThresholdLevel newLevel, Route newRoute, List<Reason> because) {
        List<Reason> all = new ArrayList<>(reasons.size() + because.size());
        all.addAll(reasons);
        all.addAll(because);
        return new Assessment(newLevel, newRoute, all);
    }

    Assessment then(ThresholdLevel newLevel, Route newRoute, Reason because) {
        return then(newLevel, newRoute, List.of(because));
    }
}
