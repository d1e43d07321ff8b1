package org.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.frontdoor.intake.contact.ContactJson.child;
import static org.frontdoor.intake.contact.ContactJson.children;
import static org.frontdoor.intake.contact.ContactJson.indicators;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.intake.indicator.DefaultIndicatorCatalogue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactValidatorTest {

    /** Sat 21 Nov 2026, 10:00 in London: the day after the example contact was received. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneId.of("Europe/London"));

    private static final LateEntryProperties LATE_AFTER_30_DAYS = new LateEntryProperties(Duration.ofDays(30));

    private final ContactValidator validator = new ContactValidator(CLOCK, DefaultIndicatorCatalogue.load(),
            LATE_AFTER_30_DAYS);
    private final Map<String, Object> contact = ContactJson.valid();

    @Test
    void accepts_the_example_contact_of_the_contract() {
        assertThatCode(() -> validator.validate(ContactJson.request(contact))).doesNotThrowAnyException();
    }

    @Test
    void accepts_a_minimal_contact() {
        Map<String, Object> minimal = new LinkedHashMap<>(Map.of("channel", "EMAIL", "referralSource", "9",
                "children", List.of(Map.of("firstName", "Sam", "lastName", "Jones")), "consent", "NOT_SOUGHT"));
        assertThatCode(() -> validator.validate(ContactJson.request(minimal))).doesNotThrowAnyException();
    }

    @Test
    void reports_every_broken_rule_at_once() {
        contact.put("channel", "FAX");
        contact.put("consent", null);
        children(contact).get(0).put("nhsNumber", "9434765918");

        assertThat(violationsOf(contact)).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("channel", "consent", "children[0].nhsNumber");
    }

    @Test
    void never_repeats_a_submitted_value_in_a_message() {
        children(contact).get(0).put("firstName", "");
        children(contact).get(0).put("nhsNumber", "9434765918");
        children(contact).get(0).put("sex", "Female");
        contact.put("referralSource", "Hill Primary");

        assertThat(violationsOf(contact)).extracting(FieldViolation::message)
                .noneMatch(message -> message.contains("9434765918") || message.contains("Female")
                        || message.contains("Hill Primary"));
    }

    @Nested
    class ReceivedAt {

        @Test
        void may_be_left_out() {
            contact.remove("receivedAt");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void must_not_be_in_the_future() {
            contact.put("receivedAt", "2026-11-21T10:00:01Z");
            assertThat(violationsOf(contact)).containsExactly(new FieldViolation("receivedAt", "must not be in the future"));
        }

        @Test
        void may_be_now() {
            contact.put("receivedAt", "2026-11-21T10:00:00Z");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void may_be_30_days_ago_without_a_late_entry_reason() {
            contact.put("receivedAt", "2026-10-22T10:00:00Z");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void more_than_30_days_ago_is_a_late_entry_that_must_say_why_it_is_late() {
            contact.put("receivedAt", "2026-10-22T09:59:59Z");
            assertThat(violationsOf(contact)).singleElement().satisfies(violation -> {
                assertThat(violation.field()).isEqualTo("lateEntryReason");
                assertThat(violation.message()).startsWith("is required when receivedAt is more than 30 days ago");
            });
        }

        @Test
        void a_late_entry_with_its_reason_is_accepted() {
            contact.put("receivedAt", "2026-06-01T09:00:00Z");
            contact.put("lateEntryReason", "Migrated from the previous case management system");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void a_late_entry_reason_must_not_be_blank(String reason) {
            contact.put("receivedAt", "2026-06-01T09:00:00Z");
            contact.put("lateEntryReason", reason);
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("lateEntryReason");
        }

        @Test
        void a_late_entry_reason_may_be_500_characters_but_no_more() {
            contact.put("receivedAt", "2026-06-01T09:00:00Z");
            contact.put("lateEntryReason", "r".repeat(500));
            assertThat(violationsOf(contact)).isEmpty();
            contact.put("lateEntryReason", "r".repeat(501));
            assertThat(violationsOf(contact))
                    .containsExactly(new FieldViolation("lateEntryReason", "must be at most 500 characters"));
        }

        @Test
        void a_late_entry_reason_is_refused_for_a_contact_that_is_not_late() {
            contact.put("lateEntryReason", "A letter that arrived late");
            assertThat(violationsOf(contact)).singleElement().satisfies(violation -> {
                assertThat(violation.field()).isEqualTo("lateEntryReason");
                assertThat(violation.message()).startsWith("is only for a contact received more than 30 days ago");
            });
        }

        @Test
        void a_late_entry_reason_is_refused_for_a_contact_received_now() {
            contact.remove("receivedAt");
            contact.put("lateEntryReason", "A letter that arrived late");
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("lateEntryReason");
        }

        @Test
        void the_late_entry_window_is_configured() {
            ContactValidator lateAfterAWeek = new ContactValidator(CLOCK, DefaultIndicatorCatalogue.load(),
                    new LateEntryProperties(Duration.ofDays(7)));
            contact.put("receivedAt", "2026-11-13T10:00:00Z");
            assertThat(lateAfterAWeek.violationsOf(ContactJson.request(contact))).singleElement()
                    .satisfies(violation -> assertThat(violation.message()).contains("more than 7 days ago"));
        }

        @Test
        void a_late_entry_reason_is_never_repeated_in_a_message() {
            contact.put("receivedAt", "2026-06-01T09:00:00Z");
            contact.put("lateEntryReason", "Zq letter from Amy's school " + "x".repeat(500));
            assertThat(violationsOf(contact)).extracting(FieldViolation::message)
                    .noneMatch(message -> message.contains("Zq"));
        }
    }

    @Nested
    class ChannelSourceAndConsent {

        @ParameterizedTest
        @ValueSource(strings = {"PHONE", "EMAIL", "PORTAL", "IN_PERSON", "OUT_OF_HOURS"})
        void accepts_every_channel_of_the_contract(String channel) {
            contact.put("channel", channel);
            assertThat(violationsOf(contact)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"FAX", "phone", ""})
        void refuses_any_other_channel(String channel) {
            contact.put("channel", channel);
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("channel");
        }

        @Test
        void requires_a_channel() {
            contact.remove("channel");
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("channel");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B",
                "5C", "5D", "6", "7", "8", "9", "10"})
        void accepts_every_census_referral_source_code(String code) {
            contact.put("referralSource", code);
            assertThat(violationsOf(contact)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1E", "2C", "3G", "5E", "11", "0", "2a", "police", ""})
        void refuses_a_code_that_is_not_a_census_referral_source(String code) {
            contact.put("referralSource", code);
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("referralSource");
        }

        @ParameterizedTest
        @ValueSource(strings = {"GIVEN", "NOT_GIVEN", "NOT_SOUGHT"})
        void accepts_every_consent(String consent) {
            contact.put("consent", consent);
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void requires_consent_to_be_recorded() {
            contact.remove("consent");
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("consent");
        }
    }

    @Nested
    class Summary {

        @Test
        void may_be_20000_characters() {
            contact.put("summary", "x".repeat(20_000));
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void must_not_be_20001_characters() {
            contact.put("summary", "x".repeat(20_001));
            assertThat(violationsOf(contact))
                    .containsExactly(new FieldViolation("summary", "must be at most 20000 characters"));
        }

        @Test
        void counts_characters_not_utf16_units() {
            contact.put("summary", "\uD83D\uDE00".repeat(20_000));
            assertThat(violationsOf(contact)).isEmpty();
        }
    }

    @Nested
    class Referrer {

        @Test
        void may_be_left_out() {
            contact.remove("referrer");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void has_bounded_fields() {
            contact.put("referrer", Map.of("name", "n".repeat(201), "organisation", "o".repeat(201), "role", "r".repeat(101),
                    "phone", "0".repeat(31), "email", "e".repeat(250) + "@x.org"));
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactlyInAnyOrder(
                    "referrer.name", "referrer.organisation", "referrer.role", "referrer.phone", "referrer.email");
        }

        @Test
        void needs_a_plausible_phone_number_and_email_address() {
            contact.put("referrer", Map.of("phone", "call the office", "email", "not an address"));
            assertThat(violationsOf(contact)).extracting(FieldViolation::field)
                    .containsExactlyInAnyOrder("referrer.phone", "referrer.email");
        }
    }

    @Nested
    class Children {

        @Test
        void must_include_at_least_one_child() {
            contact.put("children", List.of());
            contact.remove("indicators");
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("children");
        }

        @Test
        void may_include_20_children() {
            contact.put("children", childrenNamed(20));
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void must_not_include_21_children() {
            contact.put("children", childrenNamed(21));
            assertThat(violationsOf(contact)).containsExactly(new FieldViolation("children", "must list at most 20 children"));
        }

        @Test
        void each_needs_a_first_and_last_name() {
            children(contact).get(0).put("firstName", " ");
            children(contact).get(0).remove("lastName");
            assertThat(violationsOf(contact)).extracting(FieldViolation::field)
                    .containsExactly("children[0].firstName", "children[0].lastName");
        }

        @Test
        void names_are_bounded() {
            children(contact).get(0).put("firstName", "a".repeat(101));
            children(contact).get(0).put("lastName", "b".repeat(100));
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("children[0].firstName");
        }

        @Test
        void the_local_id_is_bounded() {
            children(contact).get(0).put("localId", "L".repeat(51));
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("children[0].localId");
        }

        @Test
        void an_nhs_number_must_pass_the_check_digit() {
            children(contact).get(0).put("nhsNumber", "9434765918");
            assertThat(violationsOf(contact)).containsExactly(new FieldViolation("children[0].nhsNumber",
                    "must be a 10-digit NHS number with a valid check digit"));
        }

        @Test
        void an_nhs_number_may_be_left_out() {
            children(contact).get(0).remove("nhsNumber");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void the_date_of_birth_must_not_be_in_the_future() {
            children(contact).get(0).put("dateOfBirth", "2026-11-22");
            assertThat(violationsOf(contact))
                    .containsExactly(new FieldViolation("children[0].dateOfBirth", "must not be in the future"));
        }

        @Test
        void a_child_born_today_is_accepted() {
            // Received now: a contact received yesterday cannot be about a child born today.
            contact.remove("receivedAt");
            children(contact).get(0).put("dateOfBirth", "2026-11-21");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void the_date_of_birth_must_not_be_after_the_contact_was_received() {
            contact.put("receivedAt", "2026-11-20T09:15:00Z");
            children(contact).get(0).put("dateOfBirth", "2026-11-21");
            assertThat(violationsOf(contact)).containsExactly(new FieldViolation("children[0].dateOfBirth",
                    "must not be after the contact was received (receivedAt)"));
        }

        @Test
        void a_child_born_on_the_day_the_contact_was_received_is_accepted() {
            contact.put("receivedAt", "2026-11-20T23:30:00Z");
            children(contact).get(0).put("dateOfBirth", "2026-11-20");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void the_date_the_contact_was_received_is_its_date_in_london() {
            // 23:30 UTC on 31 May is 00:30 on 1 June in London (British Summer Time).
            contact.put("receivedAt", "2026-05-31T23:30:00Z");
            contact.put("lateEntryReason", "Migrated from the previous case management system");
            children(contact).get(0).put("dateOfBirth", "2026-06-01");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void the_date_of_birth_of_a_late_entry_must_not_be_after_the_contact_was_received() {
            contact.put("receivedAt", "2026-06-01T09:00:00Z");
            contact.put("lateEntryReason", "A letter that arrived late");
            children(contact).get(0).put("dateOfBirth", "2026-07-15");
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("children[0].dateOfBirth");
        }

        @Test
        void an_expected_date_of_birth_more_than_a_month_before_the_contact_means_the_child_is_born() {
            children(contact).get(0).remove("dateOfBirth");
            children(contact).get(0).put("expectedDateOfBirth", "2026-10-19");
            assertThat(violationsOf(contact)).containsExactly(new FieldViolation("children[0].expectedDateOfBirth",
                    "is more than a month before the contact was received: the child has been born, "
                            + "so give the dateOfBirth instead"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-10-20", "2026-11-19", "2026-11-20"})
        void an_expected_date_of_birth_up_to_a_month_before_the_contact_is_accepted(String expected) {
            children(contact).get(0).remove("dateOfBirth");
            children(contact).get(0).put("expectedDateOfBirth", expected);
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void the_expected_date_of_birth_of_a_late_entry_is_judged_at_the_date_the_contact_was_received() {
            contact.put("receivedAt", "2026-06-01T09:00:00Z");
            contact.put("lateEntryReason", "A letter that arrived late");
            children(contact).get(0).remove("dateOfBirth");
            children(contact).get(0).put("expectedDateOfBirth", "2026-07-15");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void the_date_of_birth_must_be_within_the_last_25_years() {
            children(contact).get(0).put("dateOfBirth", "2001-11-20");
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("children[0].dateOfBirth");
        }

        @Test
        void an_unborn_child_has_an_expected_date_of_birth_instead() {
            children(contact).get(0).remove("dateOfBirth");
            children(contact).get(0).put("expectedDateOfBirth", "2027-03-01");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void a_child_cannot_have_both_a_date_of_birth_and_an_expected_one() {
            children(contact).get(0).put("expectedDateOfBirth", "2027-03-01");
            assertThat(violationsOf(contact)).extracting(FieldViolation::field)
                    .containsExactly("children[0].expectedDateOfBirth");
        }

        @Test
        void a_child_may_have_neither_date() {
            children(contact).get(0).remove("dateOfBirth");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2027-09-22", "2026-08-20"})
        void an_expected_date_of_birth_must_be_plausible_for_a_pregnancy(String expected) {
            children(contact).get(0).remove("dateOfBirth");
            children(contact).get(0).put("expectedDateOfBirth", expected);
            assertThat(violationsOf(contact)).extracting(FieldViolation::field)
                    .containsExactly("children[0].expectedDateOfBirth");
        }

        @ParameterizedTest
        @ValueSource(strings = {"M", "F", "U"})
        void accepts_each_sex(String sex) {
            children(contact).get(0).put("sex", sex);
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void refuses_any_other_sex() {
            children(contact).get(0).put("sex", "X");
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("children[0].sex");
        }

        @Test
        void a_missing_child_entry_is_reported_by_its_index() {
            List<Object> withGap = new ArrayList<>(children(contact));
            withGap.add(null);
            contact.put("children", withGap);
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("children[1]");
        }

        private List<Map<String, Object>> childrenNamed(int count) {
            List<Map<String, Object>> many = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                many.add(child("Child" + i, "Smith"));
            }
            return many;
        }
    }

    @Nested
    class Indicators {

        @Test
        void may_be_left_out() {
            contact.remove("indicators");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void may_number_50() {
            contact.put("indicators", indicatorsCoded(50));
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void must_not_number_51() {
            contact.put("indicators", indicatorsCoded(51));
            assertThat(violationsOf(contact)).containsExactly(new FieldViolation("indicators", "must list at most 50 indicators"));
        }

        @Test
        void must_use_a_code_of_the_catalogue() {
            indicators(contact).add(Map.of("code", "WORRIED"));
            assertThat(violationsOf(contact)).containsExactly(
                    new FieldViolation("indicators[2].code", "is not an indicator code of the catalogue"));
        }

        @Test
        void must_have_a_code() {
            indicators(contact).add(Map.of("children", List.of(0)));
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("indicators[2].code");
        }

        @Test
        void injury_takes_a_boolean_explained() {
            indicators(contact).get(1).put("explained", "no");
            assertThat(violationsOf(contact))
                    .containsExactly(new FieldViolation("indicators[1].explained", "must be true or false"));
        }

        @Test
        void domestic_abuse_takes_a_dash_risk_of_standard_medium_or_high() {
            indicators(contact).get(0).put("dashRisk", "EXTREME");
            assertThat(violationsOf(contact)).containsExactly(
                    new FieldViolation("indicators[0].dashRisk", "must be one of STANDARD, MEDIUM, HIGH"));
        }

        @Test
        void parameters_are_optional() {
            indicators(contact).get(0).remove("dashRisk");
            indicators(contact).get(1).remove("explained");
            assertThat(violationsOf(contact)).isEmpty();
        }

        @Test
        void refuses_a_parameter_the_code_does_not_take() {
            indicators(contact).get(0).put("explained", true);
            indicators(contact).add(new LinkedHashMap<>(Map.of("code", "NEGLECT", "severity", "HIGH")));
            assertThat(violationsOf(contact)).containsExactly(
                    new FieldViolation("indicators[0].explained", "is not a parameter of DOMESTIC_ABUSE"),
                    new FieldViolation("indicators[2].severity", "is not a parameter of NEGLECT"));
        }

        @Test
        void child_indexes_must_point_into_the_children() {
            indicators(contact).get(1).put("children", List.of(0, 1, -1));
            assertThat(violationsOf(contact)).extracting(FieldViolation::field)
                    .containsExactly("indicators[1].children[1]", "indicators[1].children[2]");
        }

        @Test
        void child_indexes_must_not_repeat() {
            children(contact).add(child("Ben", "Smith"));
            indicators(contact).get(1).put("children", List.of(1, 0, 1));
            assertThat(violationsOf(contact)).containsExactly(
                    new FieldViolation("indicators[1].children[2]", "names the same child more than once"));
        }

        @Test
        void an_empty_child_list_is_refused_because_absent_means_every_child() {
            indicators(contact).get(1).put("children", List.of());
            assertThat(violationsOf(contact)).extracting(FieldViolation::field).containsExactly("indicators[1].children");
        }

        private List<Map<String, Object>> indicatorsCoded(int count) {
            List<Map<String, Object>> many = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                many.add(Map.of("code", "NEGLECT"));
            }
            return many;
        }
    }

    private List<FieldViolation> violationsOf(Map<String, Object> contact) {
        InvalidContact invalid = catchThrowableOfType(InvalidContact.class,
                () -> validator.validate(ContactJson.request(contact)));
        return invalid == null ? List.of() : invalid.violations();
    }
}
