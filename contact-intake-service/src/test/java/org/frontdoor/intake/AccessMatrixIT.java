package org.frontdoor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.frontdoor.intake.IntakeClient.Reply;
import org.frontdoor.intake.contact.ContactJson;
import org.frontdoor.intake.partner.NotificationJson;
import org.frontdoor.security.FrontDoorRole;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of the service against every kind of caller (decision 0010). The expected answers
 * are one table, read the way the decision's own table is.
 */
class AccessMatrixIT extends IntakeIntegrationTest {

    /**
     * The notification read is the police's: another agency gets 404, as for an id that does not
     * exist. A token that is not valid is refused even where no token is needed, so a caller never
     * mistakes a broken token for a good one.
     */
    private static final String EXPECTED = """
            endpoint                   FRONT_DOOR MANAGER PRACTITIONER PARTNER OTHER_AGENCY UNREGISTERED_AGENCY AGENCYLESS_PARTNER MONITORING NO_TOKEN EXPIRED WRONG_ISSUER FORGED_SIGNATURE
            SUBMIT_CONTACT             201        201     403          403     403          403                 403                403        401      401     401          401
            READ_CONTACT               200        200     403          403     403          403                 403                403        401      401     401          401
            READ_UNKNOWN_CONTACT       404        404     403          403     403          403                 403                403        401      401     401          401
            SEND_NOTIFICATION          403        403     403          201     201          403                 403                403        401      401     401          401
            READ_NOTIFICATION          403        403     403          200     404          403                 403                403        401      401     401          401
            READ_UNKNOWN_NOTIFICATION  403        403     403          404     404          403                 403                403        401      401     401          401
            METRICS                    403        403     403          403     403          403                 403                200        401      401     401          401
            HEALTH                     200        200     200          200     200          200                 200                200        200      401     401          401
            API_DESCRIPTION            200        200     200          200     200          200                 200                200        200      401     401          401
            """;

    private static String contactId;
    private static String policeNotificationId;

    @BeforeEach
    void recordOneOfEach() {
        if (contactId == null) {
            contactId = api.post(ContactJson.valid()).json().get("contactId").asString();
            policeNotificationId = api.as(TestTokens.partner("POLICE"))
                    .postNotification(NotificationJson.domesticAbuseIncident("INC-" + UUID.randomUUID()))
                    .json().get("notificationId").asString();
        }
    }

    static Stream<Arguments> matrix() {
        List<String> rows = EXPECTED.lines().toList();
        List<Caller> callers = Arrays.stream(rows.get(0).trim().split("\\s+")).skip(1).map(Caller::valueOf).toList();
        return rows.stream().skip(1).flatMap(row -> {
            String[] cells = row.trim().split("\\s+");
            Endpoint endpoint = Endpoint.valueOf(cells[0]);
            return callers.stream().map(caller ->
                    Arguments.of(endpoint, caller, Integer.parseInt(cells[1 + callers.indexOf(caller)])));
        });
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("matrix")
    void each_caller_is_answered_as_decision_0010_grants(Endpoint endpoint, Caller caller, int expected) {
        Reply reply = endpoint.call(api.as(caller.token(endpoint.grantedRole)));

        assertThat(reply.status()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        if (expected == 401) {
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    enum Endpoint {
        SUBMIT_CONTACT(FrontDoorRole.FRONT_DOOR, api -> api.post(ContactJson.valid())),
        READ_CONTACT(FrontDoorRole.FRONT_DOOR, api -> api.get(IntakeClient.CONTACTS + "/" + contactId)),
        READ_UNKNOWN_CONTACT(FrontDoorRole.FRONT_DOOR, api -> api.get(IntakeClient.CONTACTS + "/" + UUID.randomUUID())),
        // A safeguarding concern, which every registered agency may send.
        SEND_NOTIFICATION(FrontDoorRole.PARTNER,
                api -> api.postNotification(NotificationJson.safeguardingConcern("SC-" + UUID.randomUUID()))),
        READ_NOTIFICATION(FrontDoorRole.PARTNER,
                api -> api.get(IntakeClient.NOTIFICATIONS + "/" + policeNotificationId)),
        READ_UNKNOWN_NOTIFICATION(FrontDoorRole.PARTNER,
                api -> api.get(IntakeClient.NOTIFICATIONS + "/" + UUID.randomUUID())),
        METRICS(FrontDoorRole.MONITORING, api -> api.get("/actuator/prometheus")),
        HEALTH(FrontDoorRole.MONITORING, api -> api.get("/actuator/health")),
        API_DESCRIPTION(FrontDoorRole.PARTNER, api -> api.get("/v3/api-docs"));

        /** The role a token that is not valid claims: one the endpoint would otherwise let in. */
        private final FrontDoorRole grantedRole;
        private final Function<IntakeClient, Reply> call;

        Endpoint(FrontDoorRole grantedRole, Function<IntakeClient, Reply> call) {
            this.grantedRole = grantedRole;
            this.call = call;
        }

        Reply call(IntakeClient api) {
            return call.apply(api);
        }
    }

    enum Caller {
        FRONT_DOOR(role -> TestTokens.frontDoor()),
        MANAGER(role -> TestTokens.manager()),
        PRACTITIONER(role -> TestTokens.practitioner()),
        PARTNER(role -> TestTokens.partner("POLICE")),
        OTHER_AGENCY(role -> TestTokens.partner("SCHOOL")),
        UNREGISTERED_AGENCY(role -> TestTokens.partner("FIRE_SERVICE")),
        AGENCYLESS_PARTNER(role -> TestTokens.withRoles("partner-without-agency", List.of("PARTNER"), null)),
        MONITORING(role -> TestTokens.monitoring()),
        NO_TOKEN(role -> null),
        EXPIRED(TestTokens::expired),
        WRONG_ISSUER(TestTokens::fromWrongIssuer),
        FORGED_SIGNATURE(TestTokens::forgedSignature);

        private final Function<FrontDoorRole, String> token;

        Caller(Function<FrontDoorRole, String> token) {
            this.token = token;
        }

        String token(FrontDoorRole grantedRole) {
            return token.apply(grantedRole);
        }
    }
}
