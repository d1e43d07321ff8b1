package org.frontdoor.strategy.web;

import org.frontdoor.security.EndpointAccess;
import org.frontdoor.security.FrontDoorRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which endpoint of this service (docs/decisions/0010); the shared security module
 * refuses everything not granted here.
 */
@Configuration(proxyBeanMethods = false)
class StrategyMeetingAccess {

    @Bean
    EndpointAccess strategyMeetingEndpoints() {
        return endpoints -> endpoints
                // A manager reads cases too: a breach alert about a case must lead to the case.
                .requestMatchers(HttpMethod.GET, "/api/v1/strategy-cases", "/api/v1/strategy-cases/**")
                .hasAnyRole(FrontDoorRole.PRACTITIONER.name(), FrontDoorRole.MANAGER.name())
                // Only the practitioners on the pathway record its steps: /{caseId}/{step}.
                .requestMatchers(HttpMethod.POST, "/api/v1/strategy-cases/*/*").hasRole(FrontDoorRole.PRACTITIONER.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/figures/**", "/api/v1/annex-a/**").hasRole(FrontDoorRole.MANAGER.name());
    }
}
