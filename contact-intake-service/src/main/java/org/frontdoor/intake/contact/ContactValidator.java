package org.frontdoor.intake.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.frontdoor.events.Consent;
import org.frontdoor.events.ContactChannel;
import org.frontdoor.intake.indicator.IndicatorCatalogue;
import org.springframework.stereotype.Component;

/** Checks a contact against every rule of the intake contract and reports all breaches together. */
@Component
public class ContactValidator {

    static final int MAX_CHILDREN = 20;
    static final int MAX_INDICATORS = 50;
    static final int MAX_SUMMARY = 20_000;

    private final Clock clock;
    private final ChildValidator children;
    private final IndicatorValidator indicators;
    private final ReferrerValidator referrer = new ReferrerValidator();
    private final LateEntryRule lateEntry;

    public ContactValidator(Clock clock, IndicatorCatalogue catalogue, LateEntryProperties lateEntry) {
        this.clock = clock;
        this.children = new ChildValidator(clock);
        this.indicators = new IndicatorValidator(catalogue);
        this.lateEntry = new LateEntryRule(lateEntry.window());
    }

    /** @throws InvalidContact listing every field that breaks a rule */
    public void validate(ContactRequest contact) {
        List<FieldViolation> violations = violationsOf(contact);
        if (!violations.isEmpty()) {
            throw new InvalidContact(violations);
        }
    }

    /** Every field of the contact that breaks a rule; empty when it is valid. */
    public List<FieldViolation> violationsOf(ContactRequest contact) {
        Violations violations = new Violations();
        Instant now = clock.instant();
        if (contact.receivedAt() != null && contact.receivedAt().isAfter(now)) {
            violations.add("receivedAt", "must not be in the future");
        }
        lateEntry.validate(contact.receivedAt(), contact.lateEntryReason(), now, violations);
        if (!isOneOf(contact.channel(), ContactChannel.values())) {
            violations.add("channel", "is required and must be one of " + names(ContactChannel.values()));
        }
        if (contact.referralSource() == null || ReferralSource.fromCode(contact.referralSource()).isEmpty()) {
            violations.add("referralSource", "is required and must be a children in need census source code ("
                    + Arrays.stream(ReferralSource.values()).map(ReferralSource::code).collect(Collectors.joining(", ")) + ")");
        }
        if (contact.referrer() != null) {
            referrer.validate(contact.referrer(), violations);
        }
        // A receivedAt in the future is refused above; the children are judged at today then.
        Instant received = contact.receivedAt() == null || contact.receivedAt().isAfter(now) ? now : contact.receivedAt();
        validateChildren(contact.children(), LocalDate.ofInstant(received, clock.getZone()), violations);
        int childCount = contact.children() == null ? 0 : contact.children().size();
        validateIndicators(contact.indicatorsOrNone(), childCount, violations);
        if (!isOneOf(contact.consent(), Consent.values())) {
            violations.add("consent", "is required and must be one of " + names(Consent.values()));
        }
        violations.atMost("summary", contact.summary(), MAX_SUMMARY);
        return violations.found();
    }

    private void validateChildren(List<ChildRequest> contactChildren, LocalDate receivedOn, Violations violations) {
        if (contactChildren == null || contactChildren.isEmpty()) {
            violations.add("children", "must list at least one child");
            return;
        }
        if (contactChildren.size() > MAX_CHILDREN) {
            violations.add("children", "must list at most " + MAX_CHILDREN + " children");
        }
        for (int i = 0; i < contactChildren.size(); i++) {
            children.validate("children[" + i + "]", contactChildren.get(i), receivedOn, violations);
        }
    }

    private void validateIndicators(List<IndicatorRequest> contactIndicators, int childCount, Violations violations) {
        if (contactIndicators.size() > MAX_INDICATORS) {
            violations.add("indicators", "must list at most " + MAX_INDICATORS + " indicators");
        }
        for (int i = 0; i < contactIndicators.size(); i++) {
            indicators.validate("indicators[" + i + "]", contactIndicators.get(i), childCount, violations);
        }
    }

    static boolean isOneOf(String value, Enum<?>[] allowed) {
        return value != null && Arrays.stream(allowed).anyMatch(symbol -> symbol.name().equals(value));
    }

    static String names(Enum<?>[] allowed) {
        return Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", "));
    }
}
