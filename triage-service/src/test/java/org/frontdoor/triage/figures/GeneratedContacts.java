package org.frontdoor.triage.figures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.frontdoor.calendar.LondonTime;
import org.frontdoor.events.Consent;
import org.frontdoor.events.ContactChannel;
import org.frontdoor.events.ContactChild;
import org.frontdoor.events.ContactIndicator;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.Sex;

/**
 * Contacts as a front door receives them, from a seeded random source: every census source,
 * one to three children drawn from a pool (so children come back, and some are re-referred),
 * and indicators that between them reach every route.
 */
final class GeneratedContacts {

    private static final List<String> SOURCES = List.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D",
            "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

    private final Random random;
    private final List<ContactChild> children;
    private final List<Supplier<ContactIndicator>> indicators;

    /** @param personIds what the children's LA person ids start with, so that separate tests never share a child */
    GeneratedContacts(Random random, String personIds, int childCount) {
        this.random = random;
        this.children = IntStream.range(0, childCount).mapToObj(number -> child(personIds + number)).toList();
        this.indicators = List.of(
                () -> indicator("UNIVERSAL_ADVICE", Map.of()),
                () -> indicator("EMOTIONAL_WELLBEING", Map.of()),
                () -> indicator("SCHOOL_ATTENDANCE", Map.of()),
                () -> indicator("HOUSING_INSTABILITY", Map.of()),
                () -> indicator("FAMILY_CONFLICT_OR_SEPARATION", Map.of()),
                () -> indicator("NEGLECT", Map.of()),
                () -> indicator("PARENTAL_MENTAL_HEALTH", Map.of()),
                () -> indicator("MISSING_FROM_HOME", Map.of()),
                () -> indicator("DOMESTIC_ABUSE", Map.of("dashRisk", pick(List.of("STANDARD", "MEDIUM", "HIGH")))),
                () -> indicator("INJURY", Map.of("explained", String.valueOf(random.nextInt(3) == 0))),
                () -> indicator("SEXUAL_ABUSE", Map.of()));
    }

    /** {@code count} contacts received on the London day, between midnight and six in the evening. */
    List<ContactReceived> receivedOn(LocalDate day, int count) {
        List<ContactReceived> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            contacts.add(contact(LondonTime.startOf(day).plus(Duration.ofMinutes(random.nextInt(18 * 60)))));
        }
        return contacts;
    }

    /** A contact received on the London day, at a random time, but recorded only at {@code recordedAt}, with its reason. */
    ContactReceived recordedLate(LocalDate receivedOn, Instant recordedAt) {
        ContactReceived contact = receivedOn(receivedOn, 1).get(0);
        contact.setRecordedAt(recordedAt);
        contact.setLateEntryReason("A letter reached the front door after the contact it reports");
        return contact;
    }

    private ContactReceived contact(Instant receivedAt) {
        List<ContactChild> named = new ArrayList<>();
        int childCount = random.nextInt(10) < 7 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
        while (named.size() < childCount) {
            ContactChild child = pick(children);
            if (!named.contains(child)) {
                named.add(child);
            }
        }
        List<ContactIndicator> raised = new ArrayList<>();
        int indicatorCount = random.nextInt(4);
        while (raised.size() < indicatorCount) {
            ContactIndicator indicator = pick(indicators).get();
            if (raised.stream().noneMatch(other -> other.getCode().equals(indicator.getCode()))) {
                raised.add(indicator);
            }
        }
        return ContactReceived.newBuilder()
                .setContactId(new UUID(random.nextLong(), random.nextLong()).toString())
                .setReceivedAt(receivedAt).setRecordedAt(receivedAt)
                .setChannel(pick(List.of(ContactChannel.values()))).setReferralSource(pick(SOURCES)).setReferrer(null)
                .setChildren(named).setIndicators(raised).setImmediateRisk(random.nextInt(30) == 0)
                .setConsent(pick(List.of(Consent.GIVEN, Consent.GIVEN, Consent.GIVEN, Consent.NOT_GIVEN, Consent.NOT_SOUGHT)))
                .setSummary(null).build();
    }

    /** Known to the LA by a person id, which makes the same child the same child on every contact. */
    private ContactChild child(String personId) {
        LocalDate born = LocalDate.of(2026, 10, 1).minusDays(random.nextInt(17 * 365));
        return ContactChild.newBuilder().setLocalId(personId).setFirstName("Child")
                .setLastName("Figures").setDateOfBirth(born).setSex(pick(List.of(Sex.values()))).build();
    }

    private static ContactIndicator indicator(String code, Map<String, String> parameters) {
        return ContactIndicator.newBuilder().setCode(code).setParameters(parameters).setChildIndexes(null).build();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
