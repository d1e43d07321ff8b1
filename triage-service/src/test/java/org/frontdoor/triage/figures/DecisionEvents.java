package org.frontdoor.triage.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.ManagementOutcome;
import org.frontdoor.events.Rag;
import org.frontdoor.events.Route;
import org.frontdoor.events.TimescaleAlert;

/** Events about one decision, as the triage pipeline publishes them, for the counting rules' tests. */
final class DecisionEvents {

    private DecisionEvents() {
    }

    static ChildTriaged decision(String decisionId, Instant receivedAt, String source, Route route, boolean reReferral,
                                 LocalDate dueOn) {
        return ChildTriaged.newBuilder().setDecisionId(decisionId).setContactId("contact-" + decisionId).setChildIndex(0)
                .setChildRef("child-" + decisionId).setReceivedAt(receivedAt).setReferralSource(source).setLevel(3)
                .setRoute(route).setRag(Rag.AMBER).setReasons(List.of()).setRulesetVersion("test")
                .setImmediateRisk(false).setReReferral(reReferral).setConsentOverridden(false).setTeam("mash")
                .setDecidedAt(receivedAt).setDecisionDueOn(dueOn).build();
    }

    static ManagementDecisionRecorded managed(String decisionId, Instant recordedAt) {
        return ManagementDecisionRecorded.newBuilder().setDecisionId(decisionId).setContactId("contact-" + decisionId)
                .setChildRef("child-" + decisionId).setOutcome(ManagementOutcome.CONFIRMED).setTriagedRoute(Route.MASH)
                .setRoute(Route.MASH).setReason(null).setRecordedBy("manager").setRecordedAt(recordedAt).build();
    }

    static TimescaleAlert alert(String decisionId, AlertKind kind, LocalDate dueOn) {
        return TimescaleAlert.newBuilder().setAlertId("CONTACT_DECISION:" + decisionId + ":" + kind).setKind(kind)
                .setClock(ClockType.CONTACT_DECISION).setTeam("front-door").setDueOn(dueOn).setRaisedAt(Instant.EPOCH)
                .setContactId("contact-" + decisionId).setCaseId(null).setDecisionId(decisionId)
                .setChildRef("child-" + decisionId).build();
    }
}
