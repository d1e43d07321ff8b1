package org.frontdoor.intake.contact;

/**
 * One reason a request was refused: the field, as a JSON path such as {@code children[0].nhsNumber},
 * and what is wrong with it. The message never repeats the value sent: it may be personal data.
 */
public record FieldViolation(String field, String message) {
}
