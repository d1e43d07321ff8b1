package org.frontdoor.triage.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.events.Consent;
import org.frontdoor.events.ContactChannel;
import org.frontdoor.events.ContactChild;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.Sex;
import org.junit.jupiter.api.Test;

class ChildIdentityTest {

    private final ChildIdentity identity = new ChildIdentity(new ChildIdentityProperties("a-test-secret-of-some-length"));

    @Test
    void theLaPersonIdWinsOverEveryOtherIdentifier() {
        String withLaId = ref(child("LA-1", "9434765919", "Amy", "Smith", LocalDate.of(2019, 4, 2)));
        String sameLaIdOtherDetails = ref(child("la-1 ", "4010232137", "Ann", "Jones", LocalDate.of(2018, 1, 1)));

        assertThat(sameLaIdOtherDetails).isEqualTo(withLaId);
    }

    @Test
    void withoutAnLaIdTheNhsNumberIdentifiesTheChild() {
        assertThat(ref(child(null, "943 476 5919", "Amy", "Smith", null)))
                .isEqualTo(ref(child(null, "9434765919", "Someone", "Else", LocalDate.of(2019, 4, 2))));
    }

    @Test
    void namesMatchRegardlessOfCaseAccentsSpacesHyphensAndApostrophes() {
        assertThat(ref(child(null, null, "Zoë", "O'Brien-Smith", LocalDate.of(2019, 4, 2))))
                .isEqualTo(ref(child(null, null, " zoe ", "OBRIEN SMITH", LocalDate.of(2019, 4, 2))));
    }

    @Test
    void theSameNamesWithAnotherDateOfBirthAreAnotherChild() {
        assertThat(ref(child(null, null, "Amy", "Smith", LocalDate.of(2019, 4, 2))))
                .isNotEqualTo(ref(child(null, null, "Amy", "Smith", LocalDate.of(2019, 4, 3))));
    }

    @Test
    void aChildWithNoIdentifierAndNoDateOfBirthIsKnownOnlyWithinItsContact() {
        ContactChild unknown = child(null, null, "Amy", "Smith", null);

        assertThat(identity.childRef(contact("contact-1", unknown), 0))
                .isNotEqualTo(identity.childRef(contact("contact-2", unknown), 0));
    }

    @Test
    void theReferenceRevealsNothingOfTheIdentifier() {
        String ref = ref(child(null, "9434765919", "Amy", "Smith", null));

        assertThat(ref).doesNotContain("9434765919").matches("[0-9a-f-]{36}");
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new ChildIdentityProperties("short")).isInstanceOf(IllegalArgumentException.class);
    }

    private String ref(ContactChild child) {
        return identity.childRef(contact("contact-" + child.hashCode(), child), 0);
    }

    private static ContactChild child(String laId, String nhs, String first, String last, LocalDate born) {
        return ContactChild.newBuilder().setLocalId(laId).setNhsNumber(nhs).setFirstName(first).setLastName(last)
                .setDateOfBirth(born).setSex(Sex.U).build();
    }

    private static ContactReceived contact(String contactId, ContactChild child) {
        return ContactReceived.newBuilder().setContactId(contactId).setReceivedAt(Instant.EPOCH).setRecordedAt(Instant.EPOCH)
                .setChannel(ContactChannel.PHONE).setReferralSource("1A").setReferrer(null).setChildren(List.of(child))
                .setIndicators(List.of()).setImmediateRisk(false).setConsent(Consent.GIVEN).setSummary(null).build();
    }
}
