package org.frontdoor.intake.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;

import org.frontdoor.events.ContactPartner;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.Route;
import org.frontdoor.intake.contact.ContactStatus;
import org.junit.jupiter.api.Test;

class ContactProgressTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-20T09:15:00Z");

    @Test
    void a_contact_is_received_until_every_child_has_a_decision() {
        ContactProgress progress = ContactProgress.nothingYet("c-1").with(contact("c-1", 2))
                .with(Decisions.of("c-1", 0, Route.MASH));

        assertThat(progress.isReceived()).isTrue();
        assertThat(progress.status()).isEqualTo(ContactStatus.RECEIVED);
        assertThat(progress.decisions()).extracting(ChildDecision::childIndex).containsExactly(0);
    }

    @Test
    void a_contact_is_triaged_once_every_child_has_a_decision() {
        ContactProgress progress = ContactProgress.nothingYet("c-1").with(contact("c-1", 2))
                .with(Decisions.of("c-1", 1, Route.STRATEGY_MEETING))
                .with(Decisions.of("c-1", 0, Route.STRATEGY_MEETING));

        assertThat(progress.status()).isEqualTo(ContactStatus.TRIAGED);
        assertThat(progress.decisions()).extracting(ChildDecision::childIndex, ChildDecision::route)
                .containsExactly(tuple(0, "STRATEGY_MEETING"),
                        tuple(1, "STRATEGY_MEETING"));
    }

    @Test
    void decisions_read_before_their_contact_are_kept_but_the_contact_is_not_yet_known() {
        ContactProgress decidedFirst = ContactProgress.nothingYet("c-1").with(Decisions.of("c-1", 0, Route.EARLY_HELP));

        assertThat(decidedFirst.isReceived()).isFalse();
        assertThat(decidedFirst.with(contact("c-1", 1)).status()).isEqualTo(ContactStatus.TRIAGED);
    }

    @Test
    void a_later_decision_for_the_same_child_replaces_the_earlier() {
        ContactProgress progress = ContactProgress.nothingYet("c-1").with(contact("c-1", 1))
                .with(Decisions.of("c-1", 0, Route.EARLY_HELP))
                .with(Decisions.of("c-1", 0, Route.MASH));

        assertThat(progress.decisions()).extracting(ChildDecision::route).containsExactly("MASH");
    }

    @Test
    void survives_its_store_format() {
        ContactReceived notification = contact("c-1", 1);
        notification.setPartner(new ContactPartner("POLICE", "INC-1", "DOMESTIC_ABUSE_INCIDENT"));
        ContactProgress progress = ContactProgress.nothingYet("c-1").with(notification)
                .with(Decisions.of("c-1", 0, Route.MASH));
        var serde = ContactProgressSerde.serde();

        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", progress))).isEqualTo(progress);
    }

    @Test
    void a_partner_notification_is_known_to_be_sent_by_its_agency_only() {
        ContactReceived notification = contact("c-1", 1);
        notification.setPartner(new ContactPartner("POLICE", "INC-1", "DOMESTIC_ABUSE_INCIDENT"));

        ContactProgress progress = ContactProgress.nothingYet("c-1").with(notification)
                .with(Decisions.of("c-1", 0, Route.MASH));

        assertThat(progress.sentBy("POLICE")).isTrue();
        assertThat(progress.sentBy("SCHOOL")).isFalse();
        assertThat(progress.partnerReference()).isEqualTo("INC-1");
    }

    @Test
    void a_contact_from_front_door_staff_is_sent_by_no_agency() {
        ContactProgress progress = ContactProgress.nothingYet("c-1").with(contact("c-1", 1));

        assertThat(progress.sentBy("POLICE")).isFalse();
        assertThat(progress.sentBy(null)).isFalse();
    }

    @Test
    void reads_an_entry_stored_before_partner_notifications_existed() {
        String stored = "{\"contactId\":\"c-1\",\"receivedAt\":\"2026-11-20T09:15:00Z\",\"childCount\":1,\"decisions\":[]}";

        ContactProgress progress = ContactProgressSerde.serde().deserializer()
                .deserialize("t", stored.getBytes(StandardCharsets.UTF_8));

        assertThat(progress).isEqualTo(ContactProgress.nothingYet("c-1").with(contact("c-1", 1)));
        assertThat(progress.sentBy("POLICE")).isFalse();
    }

    private static ContactReceived contact(String contactId, int children) {
        ContactReceived contact = new ContactReceived();
        contact.setContactId(contactId);
        contact.setReceivedAt(RECEIVED_AT);
        contact.setChildren(Collections.nCopies(children, null));
        return contact;
    }
}
