package org.frontdoor.notification.subscription;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.notification.alert.AlertFilter;

/** The body of {@code POST /api/v1/subscriptions}. Absent or empty lists mean "all". */
public record SubscriptionRequest(
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> teams,
        @Size(max = 10) List<@NotNull ClockType> clocks,
        @Size(max = 2) List<@NotNull AlertKind> kinds,
        @NotNull @Valid Channel channel) {

    AlertFilter filter() {
        return new AlertFilter(teams == null ? null : Set.copyOf(teams), names(clocks), names(kinds));
    }

    private static Set<String> names(List<? extends Enum<?>> values) {
        return values == null ? null : values.stream().map(Enum::name).collect(Collectors.toSet());
    }
}
