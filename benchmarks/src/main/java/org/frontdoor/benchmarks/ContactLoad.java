package org.frontdoor.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Submits contacts to the intake API as front-door staff would, and notes when each was sent. */
final class ContactLoad {

    private static final Pattern CONTACT_ID = Pattern.compile("\"contactId\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final URI contacts;
    private final String token;
    private final SampleContacts samples;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    ContactLoad(HttpClient http, URI intake, String token, SampleContacts samples) {
        this.http = http;
        this.contacts = intake.resolve("/api/v1/contacts");
        this.token = token;
        this.samples = samples;
    }

    /** Sends {@code count} contacts from {@code clients} concurrent clients, as fast as they are answered. */
    Map<String, Long> flood(int count, int clients) throws InterruptedException {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < count; i++) {
            workers.execute(() -> submit(sentAt));
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.MINUTES);
        return sentAt;
    }

    /** Sends {@code perSecond} contacts a second, evenly spaced, for {@code duration}. */
    Map<String, Long> steady(int perSecond, Duration duration) throws InterruptedException {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(16);
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        long interval = 1_000_000_000L / perSecond;
        pacer.scheduleAtFixedRate(() -> workers.execute(() -> submit(sentAt)), 0, interval, TimeUnit.NANOSECONDS);
        Thread.sleep(duration.toMillis());
        pacer.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.MINUTES);
        return sentAt;
    }

    int refused() {
        return refused.get();
    }

    private void submit(Map<String, Long> sentAt) {
        HttpRequest request = HttpRequest.newBuilder(contacts)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(samples.contact(next.getAndIncrement())))
                .build();
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher id = CONTACT_ID.matcher(response.body());
            if (response.statusCode() == 201 && id.find()) {
                sentAt.put(id.group(1), sent);
            } else {
                refused.incrementAndGet();
            }
        } catch (java.io.IOException e) {
            refused.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
