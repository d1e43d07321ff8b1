package org.frontdoor.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditFactsTest {

    final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/contacts");

    @Test
    void factsAddedToARequestAreThoseOfItsAuditRecord() {
        AuditFacts.add(request, "lateEntry", "true");
        AuditFacts.add(request, "route", "MASH");
        AuditFacts.add(request, "lateEntry", "false");

        assertThat(AuditFacts.of(request)).isEqualTo(Map.of("lateEntry", "false", "route", "MASH"));
        assertThat(AuditFacts.of(new MockHttpServletRequest())).isEmpty();
    }

    @Test
    void aFactThatCouldHoldFreeTextIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> AuditFacts.add(request, "childName", "Amy Smith"));
        assertThatIllegalArgumentException().isThrownBy(() -> AuditFacts.add(request, "reason", "x".repeat(41)));
        assertThatIllegalArgumentException().isThrownBy(() -> AuditFacts.add(request, "Late entry", "true"));
        assertThat(AuditFacts.of(request)).isEmpty();
    }

    @Test
    void aRequestHoldsOnlyAFewFacts() {
        for (int i = 0; i < 10; i++) {
            AuditFacts.add(request, "fact" + i, "true");
        }

        assertThatIllegalArgumentException().isThrownBy(() -> AuditFacts.add(request, "oneMore", "true"));
        AuditFacts.add(request, "fact0", "false");
        assertThat(AuditFacts.of(request)).hasSize(10).containsEntry("fact0", "false");
    }
}
