package org.frontdoor.notification.local;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("frontdoor.notifications.local-smtp.enabled")
class LocalSmtpConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail localSmtpServer(LocalSmtpProperties properties) {
        return new GreenMail(new ServerSetup(properties.port(), "localhost", ServerSetup.PROTOCOL_SMTP));
    }
}
