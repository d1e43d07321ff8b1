package org.frontdoor.notification.api;

import org.frontdoor.security.EndpointAccess;
import org.frontdoor.security.FrontDoorRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call this service (decision 0010): subscriptions, deliveries and the alert stream are
 * for managers only. Which subscriptions and deliveries a manager sees is decided per request:
 * their own only, another manager's being 404.
 */
@Configuration(proxyBeanMethods = false)
class NotificationAccess {

    @Bean
    EndpointAccess notificationEndpoints() {
        return endpoints -> endpoints
                .requestMatchers("/api/v1/subscriptions", "/api/v1/subscriptions/**").hasRole(FrontDoorRole.MANAGER.name())
                .requestMatchers("/api/v1/deliveries", "/api/v1/deliveries/**").hasRole(FrontDoorRole.MANAGER.name())
                .requestMatchers("/api/v1/alerts/stream").hasRole(FrontDoorRole.MANAGER.name());
    }
}
