package org.frontdoor.localstack.console;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.frontdoor.localstack.LocalStack;
import org.frontdoor.localstack.LocalStackOptions;
import org.frontdoor.localstack.RunningStack;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts the stack after the console's own web server, in the last lifecycle phase, so a busy
 * console port fails at once instead of after the services have started; and stops the stack
 * first when the console shuts down.
 */
@Component
public class StackLifecycle implements SmartLifecycle {

    private final LocalStackOptions options;
    private final WebServerApplicationContext console;
    private volatile RunningStack stack;

    StackLifecycle(LocalStackOptions options, WebServerApplicationContext console) {
        this.options = options;
        this.console = console;
    }

    @Override
    public void start() {
        stack = LocalStack.start(options);
        Duration sinceLaunch = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.println(new ReadyReport(stack, console.getWebServer().getPort(), sinceLaunch));
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Override
    public boolean isRunning() {
        return stack != null && stack.isRunning();
    }

    /** The running stack, once {@link #start()} has returned. */
    public RunningStack stack() {
        return stack;
    }
}
