package org.frontdoor.security;

import java.util.Optional;

/**
 * What a caller may do, as the identity provider asserts it in the token's {@code roles} claim.
 * MONITORING is for the metrics scraper: it reads operational figures, never a child's record.
 */
public enum FrontDoorRole {
    /** Front-door staff: submit contacts, read contacts and decisions. */
    FRONT_DOOR,
    /** Team managers: management decisions and subscriptions, and all a FRONT_DOOR caller may do. */
    MANAGER,
    /** Social workers on the section 47 pathway: record meetings and conferences, read cases. */
    PRACTITIONER,
    /** A partner agency's system: posts notifications, reads only its own notifications' outcome. */
    PARTNER,
    /** The metrics scraper. */
    MONITORING;

    /** The Spring Security authority that stands for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    static Optional<FrontDoorRole> named(String claim) {
        for (FrontDoorRole role : values()) {
            if (role.name().equals(claim)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
