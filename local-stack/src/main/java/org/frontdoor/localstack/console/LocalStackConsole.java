package org.frontdoor.localstack.console;

import java.time.Clock;
import java.util.Arrays;

import org.frontdoor.localstack.DataDirectory;
import org.frontdoor.localstack.LocalStack;
import org.frontdoor.localstack.LocalStackOptions;
import org.frontdoor.localstack.StackClock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The local console (port 8080): starts the local stack once it listens, shows and moves the
 * shared clock, and stops the stack when it stops. A developer tool only: this application is
 * never packaged into an image or deployed.
 */
@SpringBootApplication
@EnableConfigurationProperties(LocalStackOptions.class)
public class LocalStackConsole {

    public static void main(String[] args) {
        SpringApplication.run(LocalStackConsole.class, withFlagsAsProperties(args));
    }

    @Bean
    StackClock stackClock(LocalStackOptions options) {
        return new StackClock(new DataDirectory(LocalStack.dataDirectory(options)).clockOffsetFile(), Clock.systemUTC());
    }

    /** {@code --clean} is the one flag a developer types; everything else is a Spring property. */
    static String[] withFlagsAsProperties(String[] args) {
        return Arrays.stream(args).map(arg -> arg.equals("--clean") ? "--local-stack.clean=true" : arg).toArray(String[]::new);
    }
}
