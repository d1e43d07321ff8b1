package org.frontdoor.intake.partner;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.frontdoor.security.Caller;
import org.frontdoor.security.FrontDoorRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.core.Authentication;

/**
 * The partner agencies this front door accepts notifications from. A partner token whose agency is
 * not listed may do nothing here: the agency decides the notification's referral source, and the
 * front door must know every agency it records contacts from.
 */
@ConfigurationProperties("frontdoor.partners")
public record PartnerAgencies(@DefaultValue List<PartnerAgency> agencies) {

    public PartnerAgencies {
        agencies = List.copyOf(agencies);
        Set<String> names = new HashSet<>();
        for (PartnerAgency agency : agencies) {
            if (!names.add(agency.name())) {
                throw new IllegalArgumentException("Partner agency " + agency.name() + " is configured more than once");
            }
        }
    }

    public Optional<PartnerAgency> find(String name) {
        return agencies.stream().filter(agency -> agency.name().equals(name)).findFirst();
    }

    /** The registered agency a caller speaks for: empty unless it holds the PARTNER role for a listed agency. */
    public Optional<PartnerAgency> of(Authentication authentication) {
        return Caller.of(authentication)
                .filter(caller -> caller.has(FrontDoorRole.PARTNER))
                .flatMap(Caller::agency)
                .flatMap(this::find);
    }
}
