package org.frontdoor.intake.indicator;

/** The JSON type of an indicator parameter. */
public enum ParameterType {
    /** A JSON true or false. */
    BOOLEAN,
    /** A JSON string from a fixed list of values. */
    CHOICE
}
