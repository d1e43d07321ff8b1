package org.frontdoor.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.frontdoor.notification.alert.Alert;
import org.junit.jupiter.api.Test;

class AlertEmailTest {

    @Test
    void aContactDecisionAlertNamesTheContactAndNoCase() {
        Alert alert = new Alert("contact-9:CONTACT_DECISION:BREACHED", "BREACHED", "CONTACT_DECISION", "front-door",
                LocalDate.of(2026, 11, 24), Instant.parse("2026-11-25T00:00:00Z"), null, "contact-9", "child-9");

        AlertEmail email = AlertEmail.of(alert);

        assertThat(email.subject()).isEqualTo("[Front Door] BREACHED: CONTACT_DECISION due 2026-11-24 (team front-door)");
        assertThat(email.body()).contains("Contact id: contact-9", "Alert id: contact-9:CONTACT_DECISION:BREACHED",
                "Child reference: child-9").doesNotContain("Case id");
    }
}
