package org.frontdoor.intake.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.frontdoor.events.Consent;
import org.frontdoor.events.ContactChannel;
import org.frontdoor.events.ContactChild;
import org.frontdoor.events.ContactIndicator;
import org.frontdoor.events.ContactPartner;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.Referrer;
import org.frontdoor.events.Sex;
import org.frontdoor.intake.indicator.IndicatorCatalogue;
import org.frontdoor.intake.indicator.IndicatorDefinition;
import org.springframework.stereotype.Component;

/** Turns a validated contact into the {@link ContactReceived} event that records it. */
@Component
public class ContactEvent {

    private final IndicatorCatalogue catalogue;

    public ContactEvent(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param submittedBy the subject of the submitter's token: a member of staff, or a partner agency's client
     * @param partner     the partner agency that sent the contact as a notification; empty for front-door staff
     */
    public ContactReceived received(String contactId, ContactRequest contact, String submittedBy,
                                    Optional<ContactPartner> partner, Instant receivedAt, Instant recordedAt) {
        return ContactReceived.newBuilder()
                .setContactId(contactId)
                .setReceivedAt(receivedAt)
                .setRecordedAt(recordedAt)
                .setChannel(ContactChannel.valueOf(contact.channel()))
                .setReferralSource(contact.referralSource())
                .setReferrer(contact.referrer() == null ? null : referrer(contact.referrer()))
                .setChildren(contact.children().stream().map(ContactEvent::child).toList())
                .setIndicators(contact.indicatorsOrNone().stream().map(this::indicator).toList())
                .setImmediateRisk(contact.isImmediateRisk())
                .setConsent(Consent.valueOf(contact.consent()))
                .setSummary(contact.summary())
                .setPartner(partner.orElse(null))
                .setSubmittedBy(submittedBy)
                .setLateEntryReason(contact.lateEntryReason())
                .build();
    }

    private static Referrer referrer(ReferrerRequest referrer) {
        return Referrer.newBuilder()
                .setName(referrer.name())
                .setOrganisation(referrer.organisation())
                .setRole(referrer.role())
                .setPhone(referrer.phone())
                .setEmail(referrer.email())
                .build();
    }

    private static ContactChild child(ChildRequest child) {
        return ContactChild.newBuilder()
                .setLocalId(child.localId())
                .setNhsNumber(NhsNumber.parse(child.nhsNumber()).map(NhsNumber::digits).orElse(null))
                .setFirstName(child.firstName())
                .setLastName(child.lastName())
                .setDateOfBirth(child.dateOfBirth())
                .setExpectedDateOfBirth(child.expectedDateOfBirth())
                .setSex(Sex.valueOf(child.sexOrUnknown()))
                .setNotIndependentlyMobile(child.isNotIndependentlyMobile())
                .build();
    }

    private ContactIndicator indicator(IndicatorRequest indicator) {
        IndicatorDefinition definition = catalogue.find(indicator.code()).orElseThrow();
        Map<String, String> parameters = new TreeMap<>();
        indicator.parameters().forEach((name, value) ->
                parameters.put(name, definition.parameter(name).flatMap(parameter -> parameter.read(value)).orElseThrow()));
        return ContactIndicator.newBuilder()
                .setCode(indicator.code())
                .setParameters(parameters)
                .setChildIndexes(indicator.children())
                .build();
    }
}
