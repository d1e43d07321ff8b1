package org.frontdoor.triage.access;

import org.frontdoor.security.EndpointAccess;
import org.frontdoor.security.FrontDoorRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call the triage API (decision 0010), every endpoint in one list so that it reads like
 * the decision's table. A manager holds FRONT_DOOR too, through the shared role hierarchy.
 */
@Configuration(proxyBeanMethods = false)
class TriageAccess {

    @Bean
    EndpointAccess triageEndpoints() {
        String frontDoor = FrontDoorRole.FRONT_DOOR.name();
        String manager = FrontDoorRole.MANAGER.name();
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.GET, "/api/v1/decisions", "/api/v1/decisions/*").hasRole(frontDoor)
                .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/management-decision").hasRole(manager)
                .requestMatchers(HttpMethod.GET, "/api/v1/figures/**", "/api/v1/annex-a/**").hasRole(manager);
    }
}
