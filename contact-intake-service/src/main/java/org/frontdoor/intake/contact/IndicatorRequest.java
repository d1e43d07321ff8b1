package org.frontdoor.intake.contact;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An indicator on a contact. Its parameters are flat JSON fields beside {@code code} and
 * {@code children} (for example {@code {"code":"DOMESTIC_ABUSE","dashRisk":"HIGH"}}), so every field
 * that is neither is captured here as a parameter and checked against the indicator catalogue.
 */
public final class IndicatorRequest {

    private final String code;
    private final List<Integer> children;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    @JsonCreator
    public IndicatorRequest(@JsonProperty("code") String code, @JsonProperty("children") List<Integer> children) {
        this.code = code;
        this.children = children;
    }

    /** An indicator for every child of the contact, with the given parameters. */
    public static IndicatorRequest forEveryChild(String code, Map<String, Object> parameters) {
        IndicatorRequest indicator = new IndicatorRequest(code, null);
        parameters.forEach(indicator::parameter);
        return indicator;
    }

    @JsonAnySetter
    void parameter(String name, Object value) {
        parameters.put(name, value);
    }

    public String code() {
        return code;
    }

    /** Indexes into the contact's children; {@code null} means every child. */
    public List<Integer> children() {
        return children;
    }

    /** Parameter values as read from JSON: Boolean, String, number, list or map. */
    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }
}
