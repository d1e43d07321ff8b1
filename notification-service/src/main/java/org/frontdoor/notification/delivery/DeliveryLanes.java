package org.frontdoor.notification.delivery;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The sending threads, shared out so that one receiver can never hold up another subscription's
 * deliveries: each subscription has a lane of at most {@code parallelPerSubscription} attempts
 * at a time, the rest of its deliveries waiting in line (at most {@code waitingPerSubscription}),
 * and there are more sending threads than one lane may use.
 */
@Component
class DeliveryLanes implements SmartLifecycle {

    /** After the listener containers stop (nothing new arrives), before Kafka Streams stops (attempts still read its stores). */
    static final int PHASE = Integer.MAX_VALUE - 500;
    /** Longer than an attempt takes as shipped (connect 5 s, answer 10 s), so stopping lets running attempts finish. */
    private static final long STOP_GRACE_SECONDS = 20;

    private final int sendingThreads;
    private final int parallelPerSubscription;
    private final int waitingPerSubscription;
    private final Map<String, Lane> lanes = new HashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    /** Made anew at each start: a stopped application context can be started again. */
    private volatile ThreadPoolExecutor senders;

    DeliveryLanes(DeliveryProperties properties) {
        this.sendingThreads = properties.sendingThreads();
        this.parallelPerSubscription = properties.parallelPerSubscription();
        this.waitingPerSubscription = properties.waitingPerSubscription();
    }

    /**
     * Runs {@code attempt} in the subscription's lane, now or once the lane has room.
     *
     * @return false when the lane is full: the receiver is that far behind, and this attempt is not taken
     */
    boolean submit(String subscriptionId, Runnable attempt) {
        synchronized (lanes) {
            Lane lane = lanes.computeIfAbsent(subscriptionId, id -> new Lane());
            if (lane.running < parallelPerSubscription) {
                lane.running++;
            } else if (lane.waiting.size() < waitingPerSubscription) {
                lane.waiting.add(attempt);
                return true;
            } else {
                return false;
            }
        }
        execute(() -> runInLane(subscriptionId, attempt));
        return true;
    }

    /** Runs {@code work} on a sending thread outside every lane. */
    void execute(Runnable work) {
        ThreadPoolExecutor current = senders;
        try {
            if (current != null) {
                current.execute(work);
            }
        } catch (RejectedExecutionException stopping) {
            // Only after stop(): the record stays unacknowledged and is read again after the restart.
        }
    }

    private void runInLane(String subscriptionId, Runnable attempt) {
        try {
            attempt.run();
        } finally {
            runNextInLane(subscriptionId);
        }
    }

    private void runNextInLane(String subscriptionId) {
        Runnable next;
        synchronized (lanes) {
            Lane lane = lanes.get(subscriptionId);
            if (lane == null) {
                // Stopped and started again meanwhile: the lanes began anew.
                return;
            }
            next = lane.waiting.poll();
            if (next == null && --lane.running == 0) {
                lanes.remove(subscriptionId);
            }
        }
        if (next != null) {
            execute(() -> runInLane(subscriptionId, next));
        }
    }

    @Override
    public void start() {
        synchronized (lanes) {
            lanes.clear();
        }
        senders = new ThreadPoolExecutor(sendingThreads, sendingThreads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "delivery-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public void stop() {
        ThreadPoolExecutor stopping = senders;
        senders = null;
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                // Attempts still running are abandoned unrecorded and made again after the restart.
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return senders != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private static final class Lane {

        private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
        private int running;
    }
}
