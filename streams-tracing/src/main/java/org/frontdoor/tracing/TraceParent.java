package org.frontdoor.tracing;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The W3C {@code traceparent} header that carries a contact's trace from service to service
 * (decision 0011). Kafka Streams passes a record's headers on to the records forwarded from it;
 * a record made later from stored state starts with none, so that state keeps the traceparent
 * and the record is given it back.
 */
public final class TraceParent {

    public static final String HEADER = "traceparent";

    private TraceParent() {
    }

    /** The record's traceparent, or null when it carries none. */
    public static String of(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Headers for a new record: the traceparent kept with the state it is made from, if any. */
    public static Headers headers(String traceparent) {
        RecordHeaders headers = new RecordHeaders();
        if (traceparent != null) {
            headers.add(HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }
}
