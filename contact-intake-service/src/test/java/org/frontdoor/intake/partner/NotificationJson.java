package org.frontdoor.intake.partner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.intake.contact.ContactJson;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Partner notifications as JSON trees, for tests to change one thing at a time. */
public final class NotificationJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private NotificationJson() {
    }

    /** A police officer's notification of a domestic abuse incident graded HIGH, about one child. */
    public static Map<String, Object> domesticAbuseIncident(String partnerReference) {
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("partnerReference", partnerReference);
        notification.put("kind", "DOMESTIC_ABUSE_INCIDENT");
        notification.put("dashRisk", "HIGH");
        notification.put("referrer", new LinkedHashMap<>(Map.of("name", "PC Jones", "organisation", "Humberside Police",
                "role", "Attending officer", "phone", "01482 000000")));
        notification.put("children", new ArrayList<>(List.of(ContactJson.child("Amy", "Smith"))));
        notification.put("indicators", new ArrayList<>(List.of(
                new LinkedHashMap<>(Map.of("code", "PARENTAL_SUBSTANCE_MISUSE")))));
        notification.put("immediateRisk", false);
        notification.put("consent", "NOT_SOUGHT");
        notification.put("summary", "Officers attended a domestic incident at the home");
        return notification;
    }

    /** A school's safeguarding concern about one child. */
    public static Map<String, Object> safeguardingConcern(String partnerReference) {
        Map<String, Object> notification = domesticAbuseIncident(partnerReference);
        notification.put("kind", "SAFEGUARDING_CONCERN");
        notification.remove("dashRisk");
        notification.put("referrer", new LinkedHashMap<>(Map.of("name", "A Teacher", "organisation", "Hill Primary",
                "role", "DSL")));
        notification.put("indicators", new ArrayList<>(List.of(
                new LinkedHashMap<>(Map.of("code", "INJURY", "explained", false)))));
        notification.put("consent", "GIVEN");
        notification.put("summary", "Bruise on the cheek noticed at school");
        return notification;
    }

    public static PartnerNotificationRequest request(Map<String, Object> notification) {
        return JSON.readValue(ContactJson.json(notification), PartnerNotificationRequest.class);
    }
}
