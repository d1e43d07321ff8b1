package org.frontdoor.triage.rules;

import java.util.List;

/** A rule set that cannot be used; the message names every problem found, so one edit can fix them all. */
public class InvalidRuleSetException extends RuntimeException {

    private final List<String> problems;

    InvalidRuleSetException(String source, List<String> problems) {
        super("Rule set " + source + " is invalid:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    InvalidRuleSetException(String source, String problem, Throwable cause) {
        super("Rule set " + source + " is invalid: " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
