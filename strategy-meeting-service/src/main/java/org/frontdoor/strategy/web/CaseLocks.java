package org.frontdoor.strategy.web;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

/**
 * One lock per case (striped, so memory stays fixed): commands on the same case run one after
 * another within this instance, each validated against the state the previous one left.
 */
@Component
class CaseLocks {

    private static final int STRIPES = 256;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    CaseLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    ReentrantLock forCase(String caseId) {
        return locks[Math.floorMod(caseId.hashCode(), STRIPES)];
    }
}
