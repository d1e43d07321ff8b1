package org.frontdoor.strategy.cases;

public enum CaseStatus {
    OPEN, CLOSED
}
