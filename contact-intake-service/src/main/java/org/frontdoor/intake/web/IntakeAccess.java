package org.frontdoor.intake.web;

import org.frontdoor.intake.contact.ContactController;
import org.frontdoor.intake.partner.PartnerAgencies;
import org.frontdoor.intake.partner.PartnerNotificationController;
import org.frontdoor.intake.partner.RegisteredPartner;
import org.frontdoor.security.EndpointAccess;
import org.frontdoor.security.FrontDoorRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which endpoint of the intake API (decision 0010); the shared security module refuses
 * everything not granted here. A manager holds FRONT_DOOR too, through the shared role hierarchy.
 */
@Configuration(proxyBeanMethods = false)
class IntakeAccess {

    @Bean
    EndpointAccess intakeEndpoints(PartnerAgencies agencies) {
        String frontDoor = FrontDoorRole.FRONT_DOOR.name();
        RegisteredPartner registeredPartner = new RegisteredPartner(agencies);
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.POST, ContactController.CONTACTS).hasRole(frontDoor)
                .requestMatchers(HttpMethod.GET, ContactController.CONTACTS + "/*").hasRole(frontDoor)
                .requestMatchers(HttpMethod.POST, PartnerNotificationController.NOTIFICATIONS).access(registeredPartner)
                .requestMatchers(HttpMethod.GET, PartnerNotificationController.NOTIFICATIONS + "/*").access(registeredPartner);
    }
}
