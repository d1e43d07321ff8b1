package org.frontdoor.strategy.cases;

import java.util.Objects;
import java.util.Optional;

/**
 * The id of one event of a practitioner's command, {@code <command>/<request>/<index>}: the
 * command is named by the case and the Idempotency-Key (a random name without a key), the request
 * by a digest of what was asked, and the index orders the command's events. From the id alone the
 * case's fold tells a command sent again (the same id, applied once), a key sent again with a
 * different request (refused), and an event whose command's first event the case did not apply
 * (refused with it), whichever writer published it.
 *
 * <p>Events of triage's facts, and commands recorded before ids had this form, have plain UUIDs,
 * which name no command.
 *
 * @param request a digest of the request, in characters that are never the separator
 */
public record CommandEventId(String command, String request, int index) {

    private static final String SEPARATOR = "/";

    public CommandEventId {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(request, "request");
        if (command.contains(SEPARATOR) || request.contains(SEPARATOR) || index < 0) {
            throw new IllegalArgumentException("Not a command event id");
        }
    }

    /** The command event an event id names, if it names one. */
    public static Optional<CommandEventId> parse(String eventId) {
        String[] parts = eventId.split(SEPARATOR, -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CommandEventId(parts[0], parts[1], Integer.parseInt(parts[2])));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }

    public String value() {
        return command + SEPARATOR + request + SEPARATOR + index;
    }

    /** The first event of the same command and request. */
    public CommandEventId first() {
        return new CommandEventId(command, request, 0);
    }
}
