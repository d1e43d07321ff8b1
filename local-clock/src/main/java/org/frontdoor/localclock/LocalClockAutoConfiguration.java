package org.frontdoor.localclock;

import java.nio.file.Path;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Switches a service onto the local stack's shared clock. It acts only when this jar is on
 * the service's class path, which only the local stack arranges, and the offset file is
 * named in {@value #OFFSET_FILE_PROPERTY}.
 */
@AutoConfiguration
@ConditionalOnProperty(LocalClockAutoConfiguration.OFFSET_FILE_PROPERTY)
public class LocalClockAutoConfiguration {

    public static final String OFFSET_FILE_PROPERTY = "frontdoor.local-clock.file";

    // Static, and bound straight from the environment: a post-processor is created before
    // ordinary beans, so it must not depend on them.
    @Bean
    static SharedClockInstaller sharedClockInstaller(Environment environment) {
        Path offsetFile = Binder.get(environment).bind(OFFSET_FILE_PROPERTY, Path.class).get();
        return new SharedClockInstaller(new ClockOffsetFile(offsetFile));
    }
}
