package org.frontdoor.intake.contact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contacts as JSON trees, starting from the example of the HTTP contract, for tests to change one
 * thing at a time.
 */
public final class ContactJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ContactJson() {
    }

    /** The contract's example contact, received on Fri 20 Nov 2026. */
    public static Map<String, Object> valid() {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("receivedAt", "2026-11-20T09:15:00Z");
        contact.put("channel", "PHONE");
        contact.put("referralSource", "2A");
        contact.put("referrer", new LinkedHashMap<>(Map.of("name", "A Teacher", "organisation", "Hill Primary",
                "role", "DSL", "phone", "01472 000000", "email", "dsl@example.org")));
        contact.put("children", new ArrayList<>(List.of(child("Amy", "Smith"))));
        contact.put("indicators", new ArrayList<>(List.of(
                new LinkedHashMap<>(Map.of("code", "DOMESTIC_ABUSE", "dashRisk", "MEDIUM")),
                new LinkedHashMap<>(Map.of("code", "INJURY", "explained", false, "children", List.of(0))))));
        contact.put("immediateRisk", false);
        contact.put("consent", "GIVEN");
        contact.put("summary", "free text");
        return contact;
    }

    public static Map<String, Object> child(String firstName, String lastName) {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("localId", "LA-1234");
        child.put("nhsNumber", "9434765919");
        child.put("firstName", firstName);
        child.put("lastName", lastName);
        child.put("dateOfBirth", "2019-04-02");
        child.put("sex", "F");
        child.put("notIndependentlyMobile", false);
        return child;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> children(Map<String, Object> contact) {
        return (List<Map<String, Object>>) contact.get("children");
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> indicators(Map<String, Object> contact) {
        return (List<Map<String, Object>>) contact.get("indicators");
    }

    public static String json(Map<String, Object> contact) {
        return JSON.writeValueAsString(contact);
    }

    public static ContactRequest request(Map<String, Object> contact) {
        return JSON.readValue(json(contact), ContactRequest.class);
    }

    public static ContactRequest request(String json) {
        return JSON.readValue(json, ContactRequest.class);
    }
}
