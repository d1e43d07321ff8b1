package org.frontdoor.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own rules for who may call which of its endpoints. Anything a service does not
 * grant is refused: the shared configuration ends every rule list with "deny all".
 */
@FunctionalInterface
public interface EndpointAccess {

    void grant(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints);
}
