package org.frontdoor.intake.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;

/**
 * A request being generated: it starts as a valid submission (see {@link ValidSubmissions}) and one
 * {@link Malformation} breaks it. Everything random comes from {@link #random}, so a request is
 * reproducible from the seed and its index alone.
 */
final class Draft {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    final Random random;
    final Target target;
    final OthersIds othersIds;
    final LocalDate today;
    final Instant now;
    final Map<String, Object> body = new LinkedHashMap<>();
    final List<String> personal = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    String method = "POST";
    String path;
    String contentType = "application/json";
    private byte[] raw;

    Draft(Random random, Target target, OthersIds othersIds, LocalDate today, Instant now) {
        this.random = random;
        this.target = target;
        this.othersIds = othersIds;
        this.today = today;
        this.now = now;
        this.path = target.isNotification() ? "/api/v1/partner-notifications" : "/api/v1/contacts";
    }

    // ---- the body as JSON text or bytes, for malformations below the level of fields

    String json() {
        return raw != null ? new String(raw, StandardCharsets.UTF_8) : JSON.writeValueAsString(body);
    }

    byte[] bytes() {
        return raw != null ? raw : JSON.writeValueAsBytes(body);
    }

    void raw(String text) {
        raw = text.getBytes(StandardCharsets.UTF_8);
    }

    void raw(byte[] bytes) {
        raw = bytes;
    }

    static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }

    // ---- the body's parts

    @SuppressWarnings("unchecked")
    List<Object> children() {
        return (List<Object>) body.get("children");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> child(int index) {
        return (Map<String, Object>) children().get(index);
    }

    int anyChild() {
        return random.nextInt(children().size());
    }

    @SuppressWarnings("unchecked")
    List<Object> indicators() {
        return (List<Object>) body.computeIfAbsent("indicators", absent -> new ArrayList<>());
    }

    /** An indicator to break: one listed, or a new one that is valid until broken. */
    @SuppressWarnings("unchecked")
    Map<String, Object> anyIndicator() {
        if (indicators().isEmpty()) {
            indicators().add(new LinkedHashMap<>(Map.of("code", "NEGLECT")));
        }
        return (Map<String, Object>) indicators().get(random.nextInt(indicators().size()));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> referrer() {
        return (Map<String, Object>) body.computeIfAbsent("referrer", absent -> new LinkedHashMap<>());
    }

    // ---- random values

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    String letters(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.toString();
    }

    /**
     * A value about a person: it starts "Zq", which nothing the service writes does, so an answer that
     * contains it can only have copied it from the request.
     */
    String personalText(int length) {
        String text = "Zq" + letters(Math.max(0, length - 2));
        personal.add(text);
        return text;
    }

    void personal(String value) {
        personal.add(value);
    }

    /**
     * Ids recorded before the run by others than the partner asking: front-door staff's contact and
     * the police's notification.
     */
    record OthersIds(String staffContact, String policeNotification) {
    }
}
