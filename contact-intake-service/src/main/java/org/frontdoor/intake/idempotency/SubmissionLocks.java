package org.frontdoor.intake.idempotency;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

/**
 * Serialises the handling of submissions that share a key within this instance, so two concurrent
 * requests with one key cannot both find it unused and both publish. Keys are spread over
 * a fixed set of locks: memory stays constant, and two keys sharing a lock only wait for each other.
 */
@Component
public class SubmissionLocks {

    private static final int STRIPES = 64;

    private final ReentrantLock[] locks = IntStream.range(0, STRIPES).mapToObj(i -> new ReentrantLock())
            .toArray(ReentrantLock[]::new);

    public <T> T withLock(SubmissionKey key, Supplier<T> action) {
        ReentrantLock lock = locks[Math.floorMod(key.value().hashCode(), STRIPES)];
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
