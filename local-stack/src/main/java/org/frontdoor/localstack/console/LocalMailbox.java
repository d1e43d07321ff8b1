package org.frontdoor.localstack.console;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server inside the console, so alert emails have somewhere to go on one machine;
 * {@code GET /local/mails} shows what arrived. Like the shared clock, it exists only in the local
 * stack: the notification service just sends mail to the server it is configured with.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocalMailbox.MailProperties.class)
public class LocalMailbox {

    /** @param port the SMTP port; the notification service is pointed at it through application.yml */
    @ConfigurationProperties("local-stack.mail")
    public record MailProperties(@DefaultValue("3025") int port) {
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail localSmtpServer(MailProperties properties) {
        return new GreenMail(new ServerSetup(properties.port(), "localhost", ServerSetup.PROTOCOL_SMTP));
    }

    @RestController
    static class MailboxController {

        private final GreenMail smtp;

        MailboxController(GreenMail smtp) {
            this.smtp = smtp;
        }

        @GetMapping("/local/mails")
        Mailbox mails() {
            MimeMessage[] received = smtp.getReceivedMessages();
            return new Mailbox(received.length, Arrays.stream(received).map(MailboxController::subject).toList());
        }

        private static String subject(MimeMessage message) {
            try {
                return message.getSubject();
            } catch (MessagingException e) {
                return "(unreadable)";
            }
        }
    }

    /** How many alert emails arrived, and their subjects (which carry no personal data). */
    record Mailbox(int count, List<String> subjects) {
    }
}
