package org.frontdoor.triage.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.events.Consent;
import org.frontdoor.events.ContactChannel;
import org.frontdoor.events.ContactChild;
import org.frontdoor.events.ContactIndicator;
import org.frontdoor.events.ContactReceived;

/** Builds a contact received on {@link #RECEIVED_ON}, consent GIVEN unless said otherwise. */
final class AContact {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A Friday in winter, when London time is UTC. */
    static final LocalDate RECEIVED_ON = LocalDate.of(2026, 11, 20);

    private Instant receivedAt = RECEIVED_ON.atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant();
    private final List<ContactChild> children = new ArrayList<>();
    private final List<ContactIndicator> indicators = new ArrayList<>();
    private boolean aboutNoChild;
    private boolean immediateRisk;
    private Consent consent = Consent.GIVEN;

    private AContact() {
    }

    static AContact contact() {
        return new AContact();
    }

    AContact receivedAt(String instant) {
        receivedAt = Instant.parse(instant);
        return this;
    }

    AContact child(AChild child) {
        children.add(child.build());
        return this;
    }

    /** An indicator for every child, with parameters written {@code name=value}. */
    AContact indicator(String code, String... parameters) {
        indicators.add(indicator(code, null, parameters));
        return this;
    }

    /** An indicator that names the children it applies to. */
    AContact indicatorFor(List<Integer> childIndexes, String code, String... parameters) {
        indicators.add(indicator(code, childIndexes, parameters));
        return this;
    }

    /** A contact with an empty list of children, which intake would refuse. */
    AContact withoutChildren() {
        aboutNoChild = true;
        return this;
    }

    AContact immediateRisk() {
        immediateRisk = true;
        return this;
    }

    AContact consent(Consent value) {
        consent = value;
        return this;
    }

    /** With one eight-year-old when no child was added. */
    ContactReceived build() {
        List<ContactChild> theChildren = children.isEmpty() && !aboutNoChild ? List.of(AChild.aged(8).build()) : children;
        return ContactReceived.newBuilder()
                .setContactId("contact-1")
                .setReceivedAt(receivedAt)
                .setRecordedAt(receivedAt)
                .setChannel(ContactChannel.PHONE)
                .setReferralSource("2A")
                .setChildren(theChildren)
                .setIndicators(List.copyOf(indicators))
                .setImmediateRisk(immediateRisk)
                .setConsent(consent)
                .build();
    }

    private static ContactIndicator indicator(String code, List<Integer> childIndexes, String... parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String parameter : parameters) {
            String[] nameAndValue = parameter.split("=", 2);
            values.put(nameAndValue[0], nameAndValue[1]);
        }
        return ContactIndicator.newBuilder()
                .setCode(code)
                .setParameters(values)
                .setChildIndexes(childIndexes)
                .build();
    }
}
