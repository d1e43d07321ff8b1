package org.frontdoor.triage.rules;

import java.util.Objects;

/** One rule that shaped a decision: a stable id for reports and a sentence for the social worker. */
public record Reason(String ruleId, String text) {

    public Reason {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(text, "text");
    }
}
