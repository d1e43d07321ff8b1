package org.frontdoor.intake.partner;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Admits a PARTNER of a registered agency, and nobody else: not even a manager, since every partner
 * request acts in an agency's name. It is checked with the other access rules, before the request
 * body is read, so an unregistered agency is refused (403) whatever it sends.
 */
public final class RegisteredPartner implements AuthorizationManager<RequestAuthorizationContext> {

    private final PartnerAgencies agencies;

    public RegisteredPartner(PartnerAgencies agencies) {
        this.agencies = agencies;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext request) {
        return new AuthorizationDecision(agencies.of(authentication.get()).isPresent());
    }
}
