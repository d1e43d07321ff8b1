package org.frontdoor.strategy.clock;

/**
 * Where a statutory clock stands. RUNNING, AT_RISK and BREACHED are the states of a clock still
 * waiting for its milestone; MET, MET_LATE and STOPPED are final.
 */
public enum ClockStatus {
    RUNNING, AT_RISK, BREACHED, MET, MET_LATE, STOPPED;

    public boolean waitingForMilestone() {
        return this == RUNNING || this == AT_RISK || this == BREACHED;
    }
}
