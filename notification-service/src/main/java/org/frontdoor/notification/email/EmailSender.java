package org.frontdoor.notification.email;

import org.frontdoor.notification.alert.Alert;
import org.frontdoor.notification.delivery.ChannelSender;
import org.frontdoor.notification.delivery.DeliveryAttemptFailed;
import org.frontdoor.notification.subscription.EmailChannel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the alert through the SMTP server Spring Boot is configured with ({@code spring.mail.host}).
 * Without one, email deliveries fail (and are retried) rather than the service refusing to start.
 */
@Component
class EmailSender implements ChannelSender<EmailChannel> {

    private final ObjectProvider<JavaMailSender> mail;
    private final EmailProperties properties;

    EmailSender(ObjectProvider<JavaMailSender> mail, EmailProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public Class<EmailChannel> channelType() {
        return EmailChannel.class;
    }

    @Override
    public void send(EmailChannel channel, Alert alert) throws DeliveryAttemptFailed {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new DeliveryAttemptFailed("no SMTP server configured");
        }
        AlertEmail email = AlertEmail.of(alert);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(channel.address());
        message.setSubject(email.subject());
        message.setText(email.body());
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new DeliveryAttemptFailed("SMTP failed (" + e.getClass().getSimpleName() + ")");
        }
    }
}
