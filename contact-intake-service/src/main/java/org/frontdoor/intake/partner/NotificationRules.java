package org.frontdoor.intake.partner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.frontdoor.intake.contact.ContactRequest;
import org.frontdoor.intake.contact.FieldViolation;
import org.frontdoor.intake.contact.IndicatorRequest;
import org.frontdoor.intake.indicator.IndicatorCatalogue;
import org.frontdoor.intake.indicator.ParameterDefinition;
import org.springframework.stereotype.Component;

/**
 * The rules a partner notification has beyond those of every contact: its reference, its kind, and
 * the DASH risk of a domestic abuse incident.
 *
 * <p>A domestic abuse incident is recorded as a DOMESTIC_ABUSE indicator, with the incident's DASH
 * risk, for every child: every child in the household lives with the abuse. The incident gives that
 * risk once, in {@code dashRisk}, and may not list a DOMESTIC_ABUSE indicator of its own, so the
 * record can never hold two gradings of one incident.
 */
@Component
class NotificationRules {

    static final int MAX_REFERENCE = 100;
    static final String DOMESTIC_ABUSE = "DOMESTIC_ABUSE";
    static final String DASH_RISK = "dashRisk";

    private final ParameterDefinition dashRisk;

    NotificationRules(IndicatorCatalogue catalogue) {
        this.dashRisk = catalogue.find(DOMESTIC_ABUSE).flatMap(indicator -> indicator.parameter(DASH_RISK))
                .orElseThrow(() -> new IllegalStateException(
                        "Domestic abuse incidents need the indicator catalogue's " + DOMESTIC_ABUSE + " with its " + DASH_RISK));
    }

    /** Every field that breaks a notification rule; the contact rules are checked separately. */
    List<FieldViolation> violationsOf(PartnerNotificationRequest notification, PartnerAgency agency) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!isReference(notification.partnerReference())) {
            violations.add(new FieldViolation("partnerReference",
                    "is required: 1 to " + MAX_REFERENCE + " printable ASCII characters, not all spaces"));
        }
        Optional<NotificationKind> kind = kindOf(notification).filter(agency::maySend);
        if (kind.isEmpty()) {
            violations.add(new FieldViolation("kind", "is required and must be one of "
                    + agency.kinds().stream().sorted().map(Enum::name).collect(Collectors.joining(", "))
                    + " for this agency"));
        }
        if (kind.filter(NotificationKind.DOMESTIC_ABUSE_INCIDENT::equals).isPresent()) {
            domesticAbuseIncident(notification, violations);
        } else if (notification.dashRisk() != null) {
            violations.add(new FieldViolation(DASH_RISK, "is only for a " + NotificationKind.DOMESTIC_ABUSE_INCIDENT
                    + "; list a " + DOMESTIC_ABUSE + " indicator instead"));
        }
        return violations;
    }

    /** The contact to record for a notification that has passed every rule. */
    ContactRequest contactToRecord(PartnerNotificationRequest notification, PartnerAgency agency) {
        ContactRequest asSent = notification.asContact(agency);
        if (kindOf(notification).orElseThrow() != NotificationKind.DOMESTIC_ABUSE_INCIDENT) {
            return asSent;
        }
        // The incident's own indicator, after those the agency listed, so their indexes stay as sent.
        return asSent.withIndicator(IndicatorRequest.forEveryChild(DOMESTIC_ABUSE,
                Map.of(DASH_RISK, notification.dashRisk())));
    }

    static Optional<NotificationKind> kindOf(PartnerNotificationRequest notification) {
        return Arrays.stream(NotificationKind.values()).filter(kind -> kind.name().equals(notification.kind())).findFirst();
    }

    private void domesticAbuseIncident(PartnerNotificationRequest notification, List<FieldViolation> violations) {
        if (notification.dashRisk() == null || dashRisk.read(notification.dashRisk()).isEmpty()) {
            violations.add(new FieldViolation(DASH_RISK, "is required for a " + NotificationKind.DOMESTIC_ABUSE_INCIDENT
                    + " and " + dashRisk.expectation()));
        }
        List<IndicatorRequest> indicators = notification.indicators() == null ? List.of() : notification.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i) != null && DOMESTIC_ABUSE.equals(indicators.get(i).code())) {
                violations.add(new FieldViolation("indicators[" + i + "].code", "is implied by a "
                        + NotificationKind.DOMESTIC_ABUSE_INCIDENT + ": give the incident's dashRisk instead"));
            }
        }
    }

    private static boolean isReference(String reference) {
        return reference != null && !reference.isBlank() && reference.length() <= MAX_REFERENCE
                && reference.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }
}
