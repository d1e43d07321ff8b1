package org.frontdoor.strategy.web;

/** A field of a request that breaks a rule plain bean validation cannot express (HTTP 400). */
final class InvalidField extends RuntimeException {

    private final String field;

    InvalidField(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
