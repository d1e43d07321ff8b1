package org.frontdoor.intake.contact;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
        Counter.builder("frontdoor.contacts.received")
                .description("Contacts recorded, by channel and census referral source")
                .tag("channel", contact.getChannel().name())
                .tag("referral_source", contact.getReferralSource())
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
