package org.frontdoor.intake.partner;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.frontdoor.intake.contact.ReferralSource;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A partner agency the front door accepts notifications from.
 *
 * @param name           as the {@code agency} claim of the agency's tokens names it, e.g. POLICE
 * @param referralSource the children in need census code every notification of the agency is recorded
 *                       with (domain section 3): it comes from here, never from the request
 * @param kinds          the kinds of notification the agency may send
 */
public record PartnerAgency(String name, String referralSource,
                            @DefaultValue("SAFEGUARDING_CONCERN") Set<NotificationKind> kinds) {

    /** Capitals, digits and underscores: a name is part of the key a notification is recorded under. */
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    public PartnerAgency {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A partner agency needs a name of capitals, digits and underscores");
        }
        if (referralSource == null || ReferralSource.fromCode(referralSource).isEmpty()) {
            throw new IllegalArgumentException("Partner agency " + name + " needs a children in need census referral source code");
        }
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("Partner agency " + name + " needs at least one kind of notification");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
    }

    public boolean maySend(NotificationKind kind) {
        return kinds.contains(kind);
    }
}
