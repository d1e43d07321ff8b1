package org.frontdoor.notification.subscription;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

/**
 * Serialises one manager's subscription changes within this instance: two requests with one
 * Idempotency-Key cannot both find it unused, and two creations cannot both pass the limit.
 * Managers share a fixed set of locks: memory stays constant, and two sharing one only wait.
 */
@Component
class OwnerLocks {

    private static final int STRIPES = 64;

    private final ReentrantLock[] locks = IntStream.range(0, STRIPES).mapToObj(i -> new ReentrantLock())
            .toArray(ReentrantLock[]::new);

    <T> T withLock(String owner, Supplier<T> action) {
        ReentrantLock lock = locks[Math.floorMod(owner.hashCode(), STRIPES)];
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
