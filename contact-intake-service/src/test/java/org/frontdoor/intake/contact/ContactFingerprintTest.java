package org.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.intake.contact.ContactJson.children;
import static org.frontdoor.intake.contact.ContactJson.indicators;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContactFingerprintTest {

    private final Map<String, Object> contact = ContactJson.valid();

    @Test
    void the_same_body_has_the_same_fingerprint() {
        assertThat(fingerprint(contact)).isEqualTo(fingerprint(ContactJson.valid()));
    }

    @Test
    void is_a_hex_sha_256() {
        assertThat(fingerprint(contact)).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void field_order_and_whitespace_do_not_matter() {
        String reordered = """
                { "consent": "GIVEN", "summary": "free text", "immediateRisk": false,
                  "indicators": [ {"dashRisk": "MEDIUM", "code": "DOMESTIC_ABUSE"},
                                  {"children": [0], "explained": false, "code": "INJURY"} ],
                  "children": [ {"notIndependentlyMobile": false, "sex": "F", "dateOfBirth": "2019-04-02",
                                 "lastName": "Smith", "firstName": "Amy", "nhsNumber": "9434765919", "localId": "LA-1234"} ],
                  "referrer": {"email": "dsl@example.org", "phone": "01472 000000", "role": "DSL",
                               "organisation": "Hill Primary", "name": "A Teacher"},
                  "referralSource": "2A", "channel": "PHONE", "receivedAt": "2026-11-20T09:15:00Z" }
                """;
        assertThat(ContactFingerprint.of(ContactJson.request(reordered))).isEqualTo(fingerprint(contact));
    }

    @Test
    void a_default_written_out_or_left_out_is_the_same_contact() {
        Map<String, Object> explicit = ContactJson.valid();
        children(explicit).get(0).remove("notIndependentlyMobile");
        explicit.remove("immediateRisk");
        children(contact).get(0).put("sex", "U");
        children(explicit).get(0).remove("sex");

        assertThat(fingerprint(explicit)).isEqualTo(fingerprint(contact));
    }

    @Test
    void the_same_instant_in_another_offset_is_the_same_contact() {
        Map<String, Object> inLondonSummerTime = ContactJson.valid();
        inLondonSummerTime.put("receivedAt", "2026-11-20T10:15:00+01:00");
        assertThat(fingerprint(inLondonSummerTime)).isEqualTo(fingerprint(contact));
    }

    @Test
    void spaces_in_an_nhs_number_do_not_matter() {
        Map<String, Object> spaced = ContactJson.valid();
        children(spaced).get(0).put("nhsNumber", "943 476 5919");
        assertThat(fingerprint(spaced)).isEqualTo(fingerprint(contact));
    }

    @Test
    void why_a_contact_is_recorded_late_is_not_part_of_what_it_says() {
        Map<String, Object> late = ContactJson.valid();
        late.put("lateEntryReason", "Sent again after the late-entry window had passed");
        assertThat(fingerprint(late)).isEqualTo(fingerprint(contact));
    }

    @Test
    void any_change_of_content_changes_the_fingerprint() {
        String original = fingerprint(contact);

        Map<String, Object> otherSummary = ContactJson.valid();
        otherSummary.put("summary", "free text.");
        Map<String, Object> otherChild = ContactJson.valid();
        children(otherChild).get(0).put("dateOfBirth", "2019-04-03");
        Map<String, Object> otherParameter = ContactJson.valid();
        indicators(otherParameter).get(0).put("dashRisk", "HIGH");
        Map<String, Object> noReceivedAt = ContactJson.valid();
        noReceivedAt.remove("receivedAt");
        Map<String, Object> indicatorForEveryChild = ContactJson.valid();
        indicators(indicatorForEveryChild).get(1).remove("children");

        assertThat(List.of(otherSummary, otherChild, otherParameter, noReceivedAt, indicatorForEveryChild))
                .extracting(ContactFingerprintTest::fingerprint)
                .doesNotContain(original)
                .doesNotHaveDuplicates();
    }

    private static String fingerprint(Map<String, Object> contact) {
        return ContactFingerprint.of(ContactJson.request(contact));
    }
}
