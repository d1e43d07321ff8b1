package org.frontdoor.strategy.stream;

/** The case stores cannot be read now: Kafka Streams is starting, rebalancing or stopped. */
public final class CasesUnavailable extends RuntimeException {

    CasesUnavailable(Throwable cause) {
        super("The strategy cases are not available at the moment", cause);
    }
}
