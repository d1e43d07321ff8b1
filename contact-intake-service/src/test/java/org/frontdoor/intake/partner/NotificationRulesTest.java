package org.frontdoor.intake.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.intake.contact.ContactRequest;
import org.frontdoor.intake.contact.FieldViolation;
import org.frontdoor.intake.contact.IndicatorRequest;
import org.frontdoor.intake.indicator.DefaultIndicatorCatalogue;
import org.frontdoor.intake.indicator.IndicatorCatalogue;
import org.frontdoor.intake.indicator.IndicatorDefinition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationRulesTest {

    private final NotificationRules rules = new NotificationRules(DefaultIndicatorCatalogue.load());
    private final PartnerAgencies agencies = DefaultPartnerAgencies.load();
    private final PartnerAgency police = agencies.find("POLICE").orElseThrow();
    private final PartnerAgency school = agencies.find("SCHOOL").orElseThrow();
    private final Map<String, Object> incident = NotificationJson.domesticAbuseIncident("INC-1");

    @Test
    void accepts_a_police_domestic_abuse_incident() {
        assertThat(violationsOf(incident, police)).isEmpty();
    }

    @Test
    void accepts_a_school_safeguarding_concern() {
        assertThat(violationsOf(NotificationJson.safeguardingConcern("SC-1"), school)).isEmpty();
    }

    @Nested
    class PartnerReference {

        @Test
        void is_required() {
            incident.remove("partnerReference");
            assertThat(fieldsOf(incident, police)).containsExactly("partnerReference");
        }

        @Test
        void may_be_100_characters() {
            incident.put("partnerReference", "r".repeat(100));
            assertThat(violationsOf(incident, police)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "INC\u00e9-1", "INC\u001f1", "INC\n1"})
        void is_printable_ascii_and_not_blank(String reference) {
            incident.put("partnerReference", reference);
            assertThat(fieldsOf(incident, police)).containsExactly("partnerReference");
        }

        @Test
        void must_not_be_101_characters() {
            incident.put("partnerReference", "r".repeat(101));
            assertThat(violationsOf(incident, police)).containsExactly(new FieldViolation("partnerReference",
                    "is required: 1 to 100 printable ASCII characters, not all spaces"));
        }
    }

    @Nested
    class Kind {

        @ParameterizedTest
        @ValueSource(strings = {"DOMESTIC_ABUSE_INCIDENT", "PUBLIC_PROTECTION_NOTICE", "SAFEGUARDING_CONCERN"})
        void the_police_may_send_every_kind(String kind) {
            incident.put("kind", kind);
            if (!kind.equals("DOMESTIC_ABUSE_INCIDENT")) {
                incident.remove("dashRisk");
            }
            assertThat(violationsOf(incident, police)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"DOMESTIC_ABUSE_INCIDENT", "PUBLIC_PROTECTION_NOTICE"})
        void a_school_may_send_only_safeguarding_concerns(String kind) {
            Map<String, Object> concern = NotificationJson.safeguardingConcern("SC-1");
            concern.put("kind", kind);
            assertThat(violationsOf(concern, school)).contains(
                    new FieldViolation("kind", "is required and must be one of SAFEGUARDING_CONCERN for this agency"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"INCIDENT", "safeguarding_concern", ""})
        void must_be_a_kind_the_agency_sends(String kind) {
            incident.put("kind", kind);
            incident.remove("dashRisk");
            assertThat(violationsOf(incident, police)).containsExactly(new FieldViolation("kind",
                    "is required and must be one of DOMESTIC_ABUSE_INCIDENT, PUBLIC_PROTECTION_NOTICE, SAFEGUARDING_CONCERN for this agency"));
        }

        @Test
        void is_required() {
            incident.remove("kind");
            incident.remove("dashRisk");
            assertThat(fieldsOf(incident, police)).containsExactly("kind");
        }
    }

    @Nested
    class DomesticAbuseIncident {

        @ParameterizedTest
        @ValueSource(strings = {"STANDARD", "MEDIUM", "HIGH"})
        void takes_each_dash_risk(String risk) {
            incident.put("dashRisk", risk);
            assertThat(violationsOf(incident, police)).isEmpty();
        }

        @Test
        void needs_a_dash_risk() {
            incident.remove("dashRisk");
            assertThat(violationsOf(incident, police)).containsExactly(new FieldViolation("dashRisk",
                    "is required for a DOMESTIC_ABUSE_INCIDENT and must be one of STANDARD, MEDIUM, HIGH"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"EXTREME", "high", ""})
        void refuses_any_other_dash_risk(String risk) {
            incident.put("dashRisk", risk);
            assertThat(fieldsOf(incident, police)).containsExactly("dashRisk");
        }

        @Test
        void may_not_list_a_domestic_abuse_indicator_of_its_own() {
            indicators(incident).add(new LinkedHashMap<>(Map.of("code", "DOMESTIC_ABUSE", "dashRisk", "HIGH")));
            assertThat(violationsOf(incident, police)).containsExactly(new FieldViolation("indicators[1].code",
                    "is implied by a DOMESTIC_ABUSE_INCIDENT: give the incident's dashRisk instead"));
        }

        @Test
        void is_recorded_with_a_domestic_abuse_indicator_of_its_risk_for_every_child_after_those_listed() {
            ContactRequest contact = rules.contactToRecord(NotificationJson.request(incident), police);

            assertThat(contact.indicatorsOrNone()).extracting(IndicatorRequest::code)
                    .containsExactly("PARENTAL_SUBSTANCE_MISUSE", "DOMESTIC_ABUSE");
            IndicatorRequest implied = contact.indicatorsOrNone().get(1);
            assertThat(implied.parameters()).isEqualTo(Map.of("dashRisk", "HIGH"));
            assertThat(implied.children()).as("every child").isNull();
        }

        @Test
        void needs_the_catalogue_to_grade_domestic_abuse() {
            IndicatorCatalogue withoutDashRisk = new IndicatorCatalogue(List.of(new IndicatorDefinition("DOMESTIC_ABUSE", List.of())));
            assertThatIllegalStateException().isThrownBy(() -> new NotificationRules(withoutDashRisk));
        }
    }

    @Test
    void a_dash_risk_belongs_only_to_a_domestic_abuse_incident() {
        Map<String, Object> concern = NotificationJson.safeguardingConcern("SC-1");
        concern.put("dashRisk", "HIGH");
        assertThat(violationsOf(concern, school)).containsExactly(new FieldViolation("dashRisk",
                "is only for a DOMESTIC_ABUSE_INCIDENT; list a DOMESTIC_ABUSE indicator instead"));
    }

    @Test
    void any_other_notification_is_recorded_as_sent_from_the_partner_portal_with_the_agencys_census_code() {
        ContactRequest contact = rules.contactToRecord(NotificationJson.request(NotificationJson.safeguardingConcern("SC-1")),
                school);

        assertThat(contact.channel()).isEqualTo("PORTAL");
        assertThat(contact.referralSource()).isEqualTo("2A");
        assertThat(contact.receivedAt()).as("received when it arrives").isNull();
        assertThat(contact.indicatorsOrNone()).extracting(IndicatorRequest::code).containsExactly("INJURY");
    }

    @Test
    void the_fingerprint_covers_the_kind_and_everything_recorded() {
        PartnerNotificationRequest sent = NotificationJson.request(incident);
        String original = NotificationFingerprint.of(NotificationKind.DOMESTIC_ABUSE_INCIDENT, rules.contactToRecord(sent, police));
        Map<String, Object> otherRisk = NotificationJson.domesticAbuseIncident("INC-1");
        otherRisk.put("dashRisk", "MEDIUM");

        assertThat(NotificationFingerprint.of(NotificationKind.DOMESTIC_ABUSE_INCIDENT, rules.contactToRecord(sent, police)))
                .isEqualTo(original).hasSize(64);
        assertThat(List.of(
                NotificationFingerprint.of(NotificationKind.PUBLIC_PROTECTION_NOTICE, rules.contactToRecord(sent, police)),
                NotificationFingerprint.of(NotificationKind.DOMESTIC_ABUSE_INCIDENT,
                        rules.contactToRecord(NotificationJson.request(otherRisk), police))))
                .doesNotContain(original);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> indicators(Map<String, Object> notification) {
        return (List<Map<String, Object>>) notification.computeIfAbsent("indicators", absent -> new ArrayList<>());
    }

    private List<FieldViolation> violationsOf(Map<String, Object> notification, PartnerAgency agency) {
        return rules.violationsOf(NotificationJson.request(notification), agency);
    }

    private List<String> fieldsOf(Map<String, Object> notification, PartnerAgency agency) {
        return violationsOf(notification, agency).stream().map(FieldViolation::field).toList();
    }
}
