package org.frontdoor.intake.web;

import java.util.List;
import java.util.Map;

import org.frontdoor.intake.contact.FieldViolation;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names the field of a request body the JSON reader could not read, and says what was wrong in
 * words of our own: the reader's messages quote the offending input, which may be personal data.
 */
final class UnreadableBody {

    static final String WHOLE_BODY = "$";

    private static final Map<String, String> EXPECTED = Map.of(
            "LocalDate", "must be a date in the form 2019-04-02",
            "Instant", "must be a date and time with a zone, in the form 2026-11-20T09:15:00Z",
            "Boolean", "must be true or false",
            "Integer", "must be a whole number",
            "String", "must be a JSON string",
            "List", "must be a JSON array");

    private UnreadableBody() {
    }

    static FieldViolation violation(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldViolation(field(unknown), "is not a field of this request");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String field = field(mismatch);
            String expected = mismatch.getTargetType() == null ? null : EXPECTED.get(mismatch.getTargetType().getSimpleName());
            if (expected == null) {
                expected = field.equals(WHOLE_BODY) ? "must be a JSON object" : "has the wrong JSON type";
            }
            return new FieldViolation(field, expected);
        }
        if (cause instanceof StreamReadException malformed) {
            String where = malformed.getLocation() == null ? ""
                    : " (line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr() + ")";
            // Jackson reports a repeated field like a syntax error; the location tells the two apart.
            return new FieldViolation(fieldBeingRead(malformed), "is malformed JSON or a field given twice" + where);
        }
        if (cause instanceof JacksonException other) {
            return new FieldViolation(field(other), "cannot be read");
        }
        return new FieldViolation(WHOLE_BODY, "must be a JSON object");
    }

    private static String field(JacksonException failure) {
        return path(failure.getPath());
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                appendProperty(path, reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? WHOLE_BODY : path.toString();
    }

    private static String fieldBeingRead(StreamReadException malformed) {
        JsonParser parser = malformed.processor();
        if (parser == null || parser.streamReadContext() == null) {
            return WHOLE_BODY;
        }
        StringBuilder path = new StringBuilder();
        for (JsonPointer pointer = parser.streamReadContext().pathAsPointer(); !pointer.matches(); pointer = pointer.tail()) {
            if (pointer.getMatchingIndex() >= 0) {
                path.append('[').append(pointer.getMatchingIndex()).append(']');
            } else {
                appendProperty(path, pointer.getMatchingProperty());
            }
        }
        return path.isEmpty() ? WHOLE_BODY : path.toString();
    }

    private static void appendProperty(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }
}
