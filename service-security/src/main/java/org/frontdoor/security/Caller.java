package org.frontdoor.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as far as the services care: the token's subject (a user or a client id), its
 * roles, and for a partner the agency it speaks for.
 */
public record Caller(String subject, Set<FrontDoorRole> roles, Optional<String> agency) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Optional<Caller> of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
            return Optional.empty();
        }
        EnumSet<FrontDoorRole> roles = EnumSet.noneOf(FrontDoorRole.class);
        for (GrantedAuthority granted : token.getAuthorities()) {
            for (FrontDoorRole role : FrontDoorRole.values()) {
                if (role.authority().equals(granted.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return Optional.of(new Caller(token.getName(), roles,
                Optional.ofNullable(token.getToken().getClaimAsString(TokenRoles.AGENCY_CLAIM))));
    }

    public boolean has(FrontDoorRole role) {
        return roles.contains(role);
    }
}
