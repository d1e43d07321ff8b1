package org.frontdoor.intake.contact;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a contact came from, as the DfE children in need census codes it (domain section 3). The
 * codes feed the statutory returns, so only these exact codes are accepted.
 */
public enum ReferralSource {
    INDIVIDUAL_FAMILY("1A"),
    INDIVIDUAL_ACQUAINTANCE("1B"),
    INDIVIDUAL_SELF("1C"),
    INDIVIDUAL_OTHER("1D"),
    SCHOOLS("2A"),
    EDUCATION_SERVICES("2B"),
    HEALTH_GP("3A"),
    HEALTH_VISITOR("3B"),
    HEALTH_SCHOOL_NURSE("3C"),
    HEALTH_OTHER_PRIMARY("3D"),
    HEALTH_ACCIDENT_AND_EMERGENCY("3E"),
    HEALTH_OTHER("3F"),
    HOUSING("4"),
    LA_SOCIAL_CARE("5A"),
    LA_OTHER_INTERNAL("5B"),
    LA_EXTERNAL("5C"),
    LA_EARLY_HELP("5D"),
    POLICE("6"),
    OTHER_LEGAL_AGENCY("7"),
    OTHER("8"),
    ANONYMOUS("9"),
    UNKNOWN("10");

    private final String code;

    ReferralSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ReferralSource> fromCode(String code) {
        return Arrays.stream(values()).filter(source -> source.code.equals(code)).findFirst();
    }
}
