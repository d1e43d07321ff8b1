package org.frontdoor.localstack;

/**
 * The local identity provider's demo clients, one per role, as local-identity's application.yml
 * defines them. Each gets tokens by client credentials with the secret {@code <client id>-secret},
 * a development-only value.
 */
public enum DemoClient {

    FRONT_DOOR("front-door-demo"),
    MANAGER("manager-demo"),
    PRACTITIONER("practitioner-demo"),
    POLICE("police-demo"),
    SCHOOL("school-demo"),
    HEALTH_VISITOR("health-visitor-demo"),
    PROMETHEUS("prometheus");

    private final String clientId;

    DemoClient(String clientId) {
        this.clientId = clientId;
    }

    public String clientId() {
        return clientId;
    }
}
