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

    /**
     * A child whose name is unique to its NHS number (or to itself, without one): children with the
     * same name and date of birth are the same child, so tests that share names would share histories.
     */
    static ContactChild child(String nhsNumber, LocalDate born) {
        String seed = nhsNumber != null ? nhsNumber : UUID.randomUUID().toString();
        return ContactChild.newBuilder().setFirstName(lettersOf(seed)).setLastName("Child").setNhsNumber(nhsNumber)
                .setDateOfBirth(born).setSex(Sex.U).build();
    }

    /** The seed's digits spelt as letters, so the name reads as a name and is still unique to the seed. */
    private static String lettersOf(String seed) {
        StringBuilder name = new StringBuilder("T");
        seed.chars().filter(Character::isLetterOrDigit)
                .forEach(c -> name.append(Character.isDigit(c) ? (char) ('a' + c - '0') : (char) c));
        return name.toString();
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
