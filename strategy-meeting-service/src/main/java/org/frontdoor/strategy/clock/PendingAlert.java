package org.frontdoor.strategy.clock;

import java.time.Instant;

import org.frontdoor.events.AlertKind;

/** The next alert a running clock will raise, and the moment it falls due. */
public record PendingAlert(AlertKind kind, Instant dueAt) {
}
