package org.frontdoor.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.frontdoor.events.Consent;
import org.frontdoor.events.ContactChannel;
import org.frontdoor.events.ContactChild;
import org.frontdoor.events.ContactIndicator;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.Sex;

/** Small builders of contacts for tests. */
final class Contacts {

    private Contacts() {
    }

    static ContactChild child(String nhsNumber, LocalDate born) {
        return ContactChild.newBuilder().setFirstName("Test").setLastName("Child").setNhsNumber(nhsNumber)
                .setDateOfBirth(born).setSex(Sex.U).build();
    }

    static ContactIndicator indicator(String code, Map<String, String> parameters) {
        return ContactIndicator.newBuilder().setCode(code).setParameters(parameters).setChildIndexes(null).build();
    }

    static ContactReceived contact(Instant receivedAt, List<ContactChild> children, List<ContactIndicator> indicators) {
        return ContactReceived.newBuilder()
                .setContactId(UUID.randomUUID().toString()).setReceivedAt(receivedAt).setRecordedAt(receivedAt)
                .setChannel(ContactChannel.PHONE).setReferralSource("2A").setReferrer(null)
                .setChildren(children).setIndicators(indicators).setImmediateRisk(false)
                .setConsent(Consent.GIVEN).setSummary(null).build();
    }
}
