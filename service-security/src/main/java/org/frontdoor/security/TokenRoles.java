package org.frontdoor.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads the roles a token grants. Roles the product does not know are ignored rather than
 * refused, so an identity provider shared with other systems can put its own roles in the claim.
 * A PARTNER role without an agency claim grants nothing: every partner action is scoped to an
 * agency, and a token that cannot say which one must not act as any.
 */
final class TokenRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    static final String ROLES_CLAIM = "roles";
    static final String AGENCY_CLAIM = "agency";

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<String> claimed = Optional.ofNullable(jwt.getClaimAsStringList(ROLES_CLAIM)).orElse(List.of());
        boolean hasAgency = Optional.ofNullable(jwt.getClaimAsString(AGENCY_CLAIM)).filter(a -> !a.isBlank()).isPresent();
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String claim : claimed) {
            FrontDoorRole.named(claim)
                    .filter(role -> role != FrontDoorRole.PARTNER || hasAgency)
                    .map(role -> new SimpleGrantedAuthority(role.authority()))
                    .ifPresent(authorities::add);
        }
        return authorities;
    }
}
