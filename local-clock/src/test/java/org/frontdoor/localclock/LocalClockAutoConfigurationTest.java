package org.frontdoor.localclock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class LocalClockAutoConfigurationTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");

    @TempDir
    Path directory;

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LocalClockAutoConfiguration.class))
            .withUserConfiguration(ServiceClock.class);

    @Test
    void aServiceOutsideTheLocalStackKeepsItsOwnClock() {
        service.run(context -> {
            assertThat(context).doesNotHaveBean(SharedClockInstaller.class);
            assertThat(context.getBean(Clock.class)).isNotInstanceOf(SharedClock.class);
        });
    }

    @Test
    void aServiceInTheLocalStackGetsItsClockWrappedInTheSharedClock() {
        service.withPropertyValues("frontdoor.local-clock.file=" + directory.resolve("clock-offset"))
                .run(context -> {
                    Clock clock = context.getBean(Clock.class);
                    assertThat(clock).isInstanceOf(SharedClock.class);
                    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/London"));
                    assertThat(clock.instant()).isEqualTo(NOW);
                });
    }

    @Test
    void aServiceInTheLocalStackSeesTheClockMoveWhileItRuns() {
        Path offsetPath = directory.resolve("clock-offset");
        service.withPropertyValues("frontdoor.local-clock.file=" + offsetPath).run(context -> {
            Clock clock = context.getBean(Clock.class);

            new ClockOffsetFile(offsetPath).write(Duration.ofDays(16));

            await().atMost(Duration.ofMillis(500)).pollInterval(Duration.ofMillis(10))
                    .until(() -> clock.instant().equals(NOW.plus(Duration.ofDays(16))));
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class ServiceClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/London"));
        }
    }
}
