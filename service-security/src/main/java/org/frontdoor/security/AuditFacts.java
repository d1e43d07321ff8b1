package org.frontdoor.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Facts a service adds to the audit record of the request it is answering, such as
 * {@code AuditFacts.add(request, "lateEntry", "true")}. They are written with the request's record
 * once it is answered, so a controller adds them whenever it learns them.
 *
 * <p>A fact is a name and a short code: never a name, a date of birth, free text or anything else
 * about a child, since the trail is kept for years and read by auditors. Names and values are
 * therefore held to an identifier's shape and length, and an API answers with at most a few.
 */
public final class AuditFacts {

    private static final String ATTRIBUTE = AuditFacts.class.getName();
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.:-]{1,40}");
    private static final int MAX_FACTS = 10;

    private AuditFacts() {
    }

    /**
     * Adds a fact to the audit record of this request; a later fact of the same name replaces it.
     *
     * @param name  a camelCase name, e.g. {@code lateEntry}
     * @param value a code, number, id or boolean of at most 40 characters, e.g. {@code true}
     * @throws IllegalArgumentException for a name or value that is not of that shape, or one fact too many
     */
    public static void add(HttpServletRequest request, String name, String value) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("An audit fact's name is a camelCase identifier of at most 40 characters");
        }
        if (value == null || !VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("The audit fact " + name + " needs a code of at most 40 letters, digits or _.:-");
        }
        Map<String, String> facts = factsOf(request);
        if (facts.size() >= MAX_FACTS && !facts.containsKey(name)) {
            throw new IllegalArgumentException("A request's audit record holds at most " + MAX_FACTS + " facts");
        }
        facts.put(name, value);
    }

    /** What the request's handler added, for its audit record. */
    static Map<String, String> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Map<?, ?> ? factsOf(request) : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> factsOf(HttpServletRequest request) {
        Object facts = request.getAttribute(ATTRIBUTE);
        if (facts == null) {
            facts = new LinkedHashMap<String, String>();
            request.setAttribute(ATTRIBUTE, facts);
        }
        return (Map<String, String>) facts;
    }
}
