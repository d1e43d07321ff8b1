package org.frontdoor.events.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes any generated event as Avro single-object encoding: a two-byte marker, the writer
 * schema's fingerprint, then the binary datum. One instance serves every event type, so a
 * single transactional producer can write several topics in one transaction.
 */
public final class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    private final Map<Schema, BinaryMessageEncoder<T>> encoders = new ConcurrentHashMap<>();

    @Override
    public byte[] serialize(String topic, T event) {
        if (event == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            encoders.computeIfAbsent(event.getSchema(), schema -> new BinaryMessageEncoder<>(EventModel.INSTANCE, schema))
                    .encode(event, out);
        } catch (IOException e) {
            throw new SerializationException("Cannot encode " + event.getSchema().getFullName() + " for " + topic, e);
        }
        return out.toByteArray();
    }
}
