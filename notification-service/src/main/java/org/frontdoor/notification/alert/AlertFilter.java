package org.frontdoor.notification.alert;

import java.util.Set;

/** Which alerts a manager wants: by team, clock and kind. An empty set means "all". */
public record AlertFilter(Set<String> teams, Set<String> clocks, Set<String> kinds) {

    public AlertFilter {
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        clocks = clocks == null ? Set.of() : Set.copyOf(clocks);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public boolean matches(Alert alert) {
        return allows(teams, alert.team()) && allows(clocks, alert.clock()) && allows(kinds, alert.kind());
    }

    private static boolean allows(Set<String> wanted, String value) {
        return wanted.isEmpty() || wanted.contains(value);
    }
}
