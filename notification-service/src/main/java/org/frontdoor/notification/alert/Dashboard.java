package org.frontdoor.notification.alert;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One connected dashboard: the events it has yet to be sent, at most {@code buffer} of them, and
 * a writer of its own that sends them. Whoever hands it an event never waits for the network, so
 * a dashboard that stops reading holds up no one but itself.
 */
final class Dashboard {

    private final SseEmitter emitter;
    private final AlertFilter filter;
    private final BlockingQueue<SseEventBuilder> unsent;
    private final Executor writers;
    private final Consumer<Dashboard> gone;
    private final AtomicBoolean writing = new AtomicBoolean();
    private volatile boolean live;

    Dashboard(SseEmitter emitter, AlertFilter filter, int buffer, Executor writers, Consumer<Dashboard> gone) {
        this.emitter = emitter;
        this.filter = filter;
        this.unsent = new ArrayBlockingQueue<>(buffer);
        this.writers = writers;
        this.gone = gone;
    }

    boolean wants(Alert alert) {
        return filter.matches(alert);
    }

    /**
     * Queues an event without waiting.
     *
     * @return false when the buffer is full: the dashboard has stopped taking what it is sent
     */
    boolean offer(SseEventBuilder event) {
        if (!unsent.offer(event)) {
            return false;
        }
        writeSoon();
        return true;
    }

    /** From now on queued events are written; until now the connecting request wrote the replay itself. */
    void goLive() {
        live = true;
        writeSoon();
    }

    /** Ends the stream, on a writer thread: completing it waits for a write in progress, however long. */
    void close() {
        writers.execute(emitter::complete);
    }

    private void writeSoon() {
        if (live && writing.compareAndSet(false, true)) {
            writers.execute(this::write);
        }
    }

    private void write() {
        try {
            for (SseEventBuilder event = unsent.poll(); event != null; event = unsent.poll()) {
                emitter.send(event);
            }
        } catch (IOException | IllegalStateException hungUp) {
            unsent.clear();
            gone.accept(this);
            return;
        } finally {
            writing.set(false);
        }
        // An event queued after the last poll but before the flag was cleared would wait for the next one.
        if (!unsent.isEmpty()) {
            writeSoon();
        }
    }
}
