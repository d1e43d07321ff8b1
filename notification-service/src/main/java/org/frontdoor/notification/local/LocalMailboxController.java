package org.frontdoor.notification.local;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.icegreen.greenmail.util.GreenMail;

/**
 * {@code GET /local/mails}: what the local SMTP server received, so a demonstration can show an
 * alert email arrived. Exists only when the local SMTP server is switched on.
 */
@RestController
@ConditionalOnBooleanProperty("frontdoor.notifications.local-smtp.enabled")
class LocalMailboxController {

    private final GreenMail smtp;

    LocalMailboxController(GreenMail smtp) {
        this.smtp = smtp;
    }

    @GetMapping("/local/mails")
    Mailbox mails() {
        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> subjects = Arrays.stream(received).map(LocalMailboxController::subject).toList();
        return new Mailbox(received.length, subjects);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "(unreadable)";
        }
    }

    record Mailbox(int count, List<String> subjects) {
    }
}
