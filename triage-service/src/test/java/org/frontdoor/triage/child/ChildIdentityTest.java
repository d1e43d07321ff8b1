package org.frontdoor.triage.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.events.Consent;
import org.frontdoor.events.ContactChannel;
import org.frontdoor.events.ContactChild;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.Sex;
import org.junit.jupiter.api.Test;

class ChildIdentityTest {

    private final ChildIdentity identity = new ChildIdentity(new ChildIdentityProperties("a-test-secret-of-some-length"));
    private final Map<String, String> index = new HashMap<>();

    @Test
    void aNewChildIsKnownByItsStrongestIdentifierAndTeachesTheIndexAllOfThem() {
        ChildIdentity.Resolution first = resolve(child("LA-1", "9434765919", "Amy", "Smith", LocalDate.of(2019, 4, 2)));

        assertThat(first.learnt()).as("three identifiers, and the child's LA id and NHS number").hasSize(5);
        assertThat(resolveWithoutIndex(child("la-1 ", null, "Ann", "Jones", null)).childRef()).isEqualTo(first.childRef());
    }

    @Test
    void aChildFirstKnownByItsLaIdIsFoundByItsNhsNumberAlone() {
        String known = resolve(child("LA-7", "9434765919", "Amy", "Smith", null)).childRef();

        ChildIdentity.Resolution later = resolve(child(null, "943 476 5919", "Amy", "Smith", LocalDate.of(2019, 4, 2)));

        assertThat(later.childRef()).isEqualTo(known);
        assertThat(later.learnt()).as("the name and date of birth are learnt now")
                .singleElement().satisfies(entry -> assertThat(entry.value()).isEqualTo(known));
    }

    @Test
    void aChildFirstKnownByNameAndDateOfBirthIsFoundWhenItsLaIdArrivesWithThem() {
        String known = resolve(child(null, null, "Zoë", "O'Brien-Smith", LocalDate.of(2019, 4, 2))).childRef();

        assertThat(resolve(child("LA-9", null, " zoe ", "OBRIEN SMITH", LocalDate.of(2019, 4, 2))).childRef()).isEqualTo(known);
        assertThat(resolve(child("LA-9", null, "Zoe", "Other-Name", null)).childRef()).isEqualTo(known);
    }

    @Test
    void theLaIdWinsWhenTheIdentifiersPointToDifferentChildren() {
        String byLaId = resolve(child("LA-1", null, "Amy", "Smith", null)).childRef();
        String byNhs = resolve(child(null, "9434765919", "Amy", "Smith", null)).childRef();

        ChildIdentity.Resolution both = resolve(child("LA-1", "9434765919", "Amy", "Smith", null));

        assertThat(byNhs).isNotEqualTo(byLaId);
        assertThat(both.childRef()).isEqualTo(byLaId);
        assertThat(both.learnt()).as("the NHS number stays linked to the child it was first seen with")
                .noneSatisfy(entry -> assertThat(entry.value()).isEqualTo(byLaId));
    }

    @Test
    void childrenWithTheSameNameAndBirthButDifferentNhsNumbersAreTwoChildren() {
        String first = resolve(child(null, "9434765919", "Amy", "Smith", LocalDate.of(2019, 4, 2))).childRef();

        String second = resolve(child(null, "1234567806", "Amy", "Smith", LocalDate.of(2019, 4, 2))).childRef();

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aChildWithTheSameNameAndBirthButNoNhsNumberIsTheChildTheNameBelongsTo() {
        String known = resolve(child(null, "9434765919", "Amy", "Smith", LocalDate.of(2019, 4, 2))).childRef();

        assertThat(resolve(child(null, null, "Amy", "Smith", LocalDate.of(2019, 4, 2))).childRef()).isEqualTo(known);
    }

    @Test
    void theSameNamesWithAnotherDateOfBirthAreAnotherChild() {
        assertThat(resolve(child(null, null, "Amy", "Smith", LocalDate.of(2019, 4, 2))).childRef())
                .isNotEqualTo(resolve(child(null, null, "Amy", "Smith", LocalDate.of(2019, 4, 3))).childRef());
    }

    @Test
    void twinsRecordedAsBaby1AndBaby2WithOneDateOfBirthAreTwoChildrenEachWithItsOwnHistory() {
        String first = resolve(child(null, null, "Baby 1", "Smith", LocalDate.of(2026, 5, 4))).childRef();
        String second = resolve(child(null, null, "Baby 2", "Smith", LocalDate.of(2026, 5, 4))).childRef();

        assertThat(second).isNotEqualTo(first);
        assertThat(resolve(child(null, null, "baby-1", "SMITH", LocalDate.of(2026, 5, 4))).childRef()).isEqualTo(first);
        assertThat(resolve(child(null, null, "Baby 2", "Smith", LocalDate.of(2026, 5, 4))).childRef()).isEqualTo(second);
    }

    @Test
    void aChildWithNoIdentifierAndNoDateOfBirthIsKnownOnlyWithinItsContact() {
        ContactChild unknown = child(null, null, "Amy", "Smith", null);

        ChildIdentity.Resolution inOne = identity.resolve(contact("contact-1", unknown), 0, index::get);
        ChildIdentity.Resolution inAnother = identity.resolve(contact("contact-2", unknown), 0, index::get);

        assertThat(inOne.childRef()).isNotEqualTo(inAnother.childRef());
        assertThat(inOne.learnt()).isEmpty();
    }

    @Test
    void neitherTheReferenceNorTheIndexRevealsTheIdentifiers() {
        ChildIdentity.Resolution resolution = resolve(child("LA-1", "9434765919", "Amy", "Smith", LocalDate.of(2019, 4, 2)));

        assertThat(resolution.childRef()).matches("[0-9a-f-]{36}");
        assertThat(resolution.learnt()).allSatisfy(entry -> assertThat(entry.key() + " " + entry.value())
                .doesNotContain("9434765919").doesNotContainIgnoringCase("amy").doesNotContainIgnoringCase("smith"));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new ChildIdentityProperties("short")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Resolves a child the way the pipeline does, and lets the index learn from it. */
    private ChildIdentity.Resolution resolve(ContactChild child) {
        ChildIdentity.Resolution resolution = identity.resolve(contact("contact-" + index.size(), child), 0, index::get);
        resolution.learnt().forEach(entry -> index.put(entry.key(), entry.value()));
        return resolution;
    }

    private ChildIdentity.Resolution resolveWithoutIndex(ContactChild child) {
        return identity.resolve(contact("contact-x", child), 0, identifier -> null);
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
