package org.frontdoor.intake.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class PartnerAgenciesTest {

    private final PartnerAgencies agencies = DefaultPartnerAgencies.load();

    /** Domain reference, section 3: a partner's census code comes from its identity. */
    @ParameterizedTest
    @CsvSource({"POLICE, 6", "PROBATION, 7", "SCHOOL, 2A", "EDUCATION, 2B", "GP, 3A", "HEALTH_VISITOR, 3B",
            "SCHOOL_NURSE, 3C", "MIDWIFE, 3D", "EMERGENCY_DEPARTMENT, 3E", "HEALTH_OTHER, 3F", "HOUSING, 4"})
    void each_agency_is_recorded_with_its_census_referral_source(String agency, String code) {
        assertThat(agencies.find(agency)).hasValueSatisfying(found -> assertThat(found.referralSource()).isEqualTo(code));
    }

    @Test
    void the_default_agencies_are_exactly_those_of_the_domain_reference() {
        assertThat(agencies.agencies()).extracting(PartnerAgency::name).containsExactly("POLICE", "PROBATION", "SCHOOL",
                "EDUCATION", "GP", "HEALTH_VISITOR", "SCHOOL_NURSE", "MIDWIFE", "EMERGENCY_DEPARTMENT", "HEALTH_OTHER",
                "HOUSING");
    }

    @Test
    void only_the_police_send_domestic_abuse_incidents_and_public_protection_notices() {
        assertThat(agencies.find("POLICE").orElseThrow().kinds()).isEqualTo(EnumSet.allOf(NotificationKind.class));
        assertThat(agencies.agencies()).filteredOn(agency -> !agency.name().equals("POLICE"))
                .allSatisfy(agency -> assertThat(agency.kinds()).containsExactly(NotificationKind.SAFEGUARDING_CONCERN));
    }

    @Test
    void an_agency_name_is_matched_exactly() {
        assertThat(agencies.find("police")).isEmpty();
        assertThat(agencies.find("FIRE_SERVICE")).isEmpty();
    }

    @Test
    void a_caller_speaks_for_a_registered_agency_only_with_the_partner_role() {
        assertThat(agencies.of(caller("PARTNER", "SCHOOL"))).hasValueSatisfying(
                agency -> assertThat(agency.name()).isEqualTo("SCHOOL"));
        assertThat(agencies.of(caller("PARTNER", "FIRE_SERVICE"))).isEmpty();
        assertThat(agencies.of(caller("FRONT_DOOR", "SCHOOL"))).isEmpty();
        assertThat(agencies.of(null)).isEmpty();
    }

    @Test
    void an_agency_needs_a_census_referral_source_code() {
        assertThatIllegalArgumentException().isThrownBy(() -> agency("FIRE_SERVICE", "11"));
        assertThatIllegalArgumentException().isThrownBy(() -> agency("FIRE_SERVICE", null));
    }

    @Test
    void an_agency_name_is_capitals_digits_and_underscores() {
        assertThatIllegalArgumentException().isThrownBy(() -> agency("Police", "6"));
        assertThatIllegalArgumentException().isThrownBy(() -> agency("POLICE\u001fSCHOOL", "6"));
        assertThatIllegalArgumentException().isThrownBy(() -> agency("", "6"));
    }

    @Test
    void an_agency_needs_a_kind_of_notification() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PartnerAgency("POLICE", "6", Set.of()));
    }

    @Test
    void an_agency_cannot_be_configured_twice() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PartnerAgencies(
                List.of(agency("POLICE", "6"), agency("POLICE", "7"))));
    }

    private static PartnerAgency agency(String name, String code) {
        return new PartnerAgency(name, code, Set.of(NotificationKind.SAFEGUARDING_CONCERN));
    }

    private static JwtAuthenticationToken caller(String role, String agency) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("caller")
                .claims(claims -> claims.putAll(Map.of("roles", List.of(role), "agency", agency))).build();
        return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }
}
