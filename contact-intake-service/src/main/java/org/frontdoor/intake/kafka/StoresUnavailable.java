package org.frontdoor.intake.kafka;

/** The state stores cannot be read right now (starting, restoring or rebalancing); try again shortly. */
public class StoresUnavailable extends RuntimeException {

    public StoresUnavailable() {
        super("The state stores are not ready");
    }

    public StoresUnavailable(Throwable cause) {
        super("The state stores are not ready", cause);
    }
}
