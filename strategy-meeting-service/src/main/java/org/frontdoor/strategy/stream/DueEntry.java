package org.frontdoor.strategy.stream;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;

/** One entry of the {@link DueIndex}: a clock of a case whose next alert has fallen due. */
record DueEntry(String key, String caseId, ClockType clock, int cycle, AlertKind kind) {
}
