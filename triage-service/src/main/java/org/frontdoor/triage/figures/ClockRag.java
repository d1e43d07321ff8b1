package org.frontdoor.triage.figures;

/**
 * Where an open clock stands, as its alerts have set it: GREEN running, AMBER at risk (its at-risk
 * alert has been raised), RED breached (its breach alert has been raised). Not the urgency rating
 * a triage decision gives the child, which shares the colours but not the meaning.
 */
public enum ClockRag {
    GREEN, AMBER, RED
}
