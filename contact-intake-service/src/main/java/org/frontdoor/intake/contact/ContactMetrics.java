package org.frontdoor.intake.contact;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.events.ContactChannel;
import org.frontdoor.events.ContactReceived;
import org.springframework.stereotype.Component;

/** Counts contacts received and requests refused. Tags carry codes only, never personal data. */
@Component
public class ContactMetrics {

    private final MeterRegistry registry;

    public ContactMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void received(ContactReceived contact) {
        received(contact.getChannel(), contact.getReferralSource());
    }

    public void received(ContactChannel channel, String referralSource) {
        Counter.builder("frontdoor.contacts.received")
                .description("Contacts recorded, by channel and census referral source")
                .tag("channel", channel.name())
                .tag("referral_source", referralSource)
                .register(registry)
                .increment();
    }

    public void rejected(RejectionReason reason) {
        Counter.builder("frontdoor.contacts.rejected")
                .description("Contact requests refused, by reason")
                .tag("reason", reason.tag())
                .register(registry)
                .increment();
    }
}
