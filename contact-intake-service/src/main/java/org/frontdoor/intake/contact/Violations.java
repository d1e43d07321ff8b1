package org.frontdoor.intake.contact;

import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one request, so the client hears about every bad field at once. */
final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(new FieldViolation(field, message));
    }

    /** Adds a violation when {@code text} is longer than {@code max} characters; null is allowed. */
    void atMost(String field, String text, int max) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            add(field, "must be at most " + max + " characters");
        }
    }

    /** Adds a violation when a required {@code text} is absent or blank, or longer than {@code max}. */
    void requiredText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            add(field, "is required and must not be blank");
        } else {
            atMost(field, text, max);
        }
    }

    List<FieldViolation> found() {
        return List.copyOf(found);
    }
}
