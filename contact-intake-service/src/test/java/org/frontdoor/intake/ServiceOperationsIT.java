package org.frontdoor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.intake.IntakeClient.Reply;
import org.frontdoor.intake.contact.ContactJson;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class ServiceOperationsIT extends IntakeIntegrationTest {

    @Test
    void health_is_up_while_the_streams_application_runs() {
        // Health details are for MONITORING only (service-security); anyone else sees the status alone.
        Reply reply = api.as(TestTokens.monitoring()).get("/actuator/health");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode streams = reply.json().get("components").get("kafkaStreams");
        assertThat(streams.get("status").asString()).isEqualTo("UP");
        assertThat(streams.get("details").get("state").asString()).isEqualTo("RUNNING");
    }

    @Test
    void metrics_count_contacts_by_channel_and_source_and_refusals_by_reason() {
        api.post(ContactJson.valid());
        api.post("{", null);

        String metrics = api.as(TestTokens.monitoring()).get("/actuator/prometheus").body();

        assertThat(metrics).containsPattern("frontdoor_contacts_received_total\\{[^}]*channel=\"PHONE\"[^}]*referral_source=\"2A\"");
        assertThat(metrics).containsPattern("frontdoor_contacts_rejected_total\\{[^}]*reason=\"malformed\"");
        assertThat(metrics).doesNotContain("Amy", "Smith", "9434765919");
    }

    @Test
    void the_openapi_description_is_served_without_a_token() {
        Reply reply = api.as(null).get("/v3/api-docs");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("paths").propertyNames()).contains("/api/v1/contacts", "/api/v1/contacts/{contactId}",
                "/api/v1/partner-notifications", "/api/v1/partner-notifications/{notificationId}");
    }
}
