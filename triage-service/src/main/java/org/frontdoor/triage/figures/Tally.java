package org.frontdoor.triage.figures;

/** How many of one counted thing a partition has seen. */
record Tally(Counted counted, long count) {
}
