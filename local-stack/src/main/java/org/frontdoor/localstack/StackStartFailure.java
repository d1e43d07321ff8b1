package org.frontdoor.localstack;

/**
 * The stack could not start, for a reason the developer can fix: a missing jar, a busy port,
 * a service that died or never became healthy. It says what happened and what to do.
 */
public class StackStartFailure extends RuntimeException {

    private final String problem;
    private final String action;

    public StackStartFailure(String problem, String action) {
        super(problem + System.lineSeparator() + action);
        this.problem = problem;
        this.action = action;
    }

    public String problem() {
        return problem;
    }

    public String action() {
        return action;
    }
}
