package org.frontdoor.intake.contact;

import java.util.regex.Pattern;

/** The rules for the optional referrer details. */
final class ReferrerValidator {

    static final int MAX_NAME = 200;
    static final int MAX_ROLE = 100;
    static final int MAX_PHONE = 30;
    static final int MAX_EMAIL = 254;

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]+");
    /** Deliberately loose: the address is for a person to read, not for the service to send to. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    void validate(ReferrerRequest referrer, Violations violations) {
        violations.atMost("referrer.name", referrer.name(), MAX_NAME);
        violations.atMost("referrer.organisation", referrer.organisation(), MAX_NAME);
        violations.atMost("referrer.role", referrer.role(), MAX_ROLE);
        if (referrer.phone() != null && (referrer.phone().length() > MAX_PHONE || !PHONE.matcher(referrer.phone()).matches())) {
            violations.add("referrer.phone", "must be a telephone number of at most " + MAX_PHONE
                    + " digits, spaces, +, -, ( and )");
        }
        if (referrer.email() != null && (referrer.email().length() > MAX_EMAIL || !EMAIL.matcher(referrer.email()).matches())) {
            violations.add("referrer.email", "must be an email address of at most " + MAX_EMAIL + " characters");
        }
    }
}
