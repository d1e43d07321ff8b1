package org.frontdoor.notification.email;

import org.frontdoor.notification.alert.Alert;

/**
 * The words of an alert email. It names the clock, the kind, the due date and the ids a manager
 * looks the case up by; the alert carries no names and the email adds none.
 */
record AlertEmail(String subject, String body) {

    static AlertEmail of(Alert alert) {
        String subject = "[Front Door] " + alert.kind() + ": " + alert.clock() + " due " + alert.dueOn()
                + " (team " + alert.team() + ")";
        StringBuilder body = new StringBuilder()
                .append("A statutory timescale needs attention.\n\n")
                .append("Alert: ").append(alert.kind()).append('\n')
                .append("Clock: ").append(alert.clock()).append('\n')
                .append("Due on: ").append(alert.dueOn()).append('\n')
                .append("Team: ").append(alert.team()).append('\n')
                .append("Raised at: ").append(alert.raisedAt()).append('\n');
        if (alert.caseId() != null) {
            body.append("Case id: ").append(alert.caseId()).append('\n');
        }
        if (alert.contactId() != null) {
            body.append("Contact id: ").append(alert.contactId()).append('\n');
        }
        body.append("Child reference: ").append(alert.childRef()).append('\n')
                .append("Alert id: ").append(alert.alertId()).append('\n');
        return new AlertEmail(subject, body.toString());
    }
}
