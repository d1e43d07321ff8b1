package org.frontdoor.strategy.figures;

/** How urgent an open clock is: running (GREEN), at risk (AMBER) or breached (RED). */
public enum Rag {
    GREEN, AMBER, RED
}
