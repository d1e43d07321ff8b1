package org.frontdoor.localstack;

import java.util.Locale;

/** The four services of the front door, named as their Maven modules, with their standard ports. */
public enum FrontDoorService {

    CONTACT_INTAKE_SERVICE(8081),
    TRIAGE_SERVICE(8082),
    STRATEGY_MEETING_SERVICE(8083),
    NOTIFICATION_SERVICE(8084);

    private final int standardPort;

    FrontDoorService(int standardPort) {
        this.standardPort = standardPort;
    }

    public String moduleName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public int standardPort() {
        return standardPort;
    }
}
