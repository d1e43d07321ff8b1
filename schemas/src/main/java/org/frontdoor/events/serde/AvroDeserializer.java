package org.frontdoor.events.serde;

import java.io.IOException;
import java.util.Map;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads single-object encoded events into the generated class {@code T}, resolving the writer's
 * schema by its fingerprint from the {@link SchemaHistory}. A record whose fingerprint is unknown,
 * or whose bytes are not Avro at all, fails with a {@link SerializationException} so that the
 * consumer's error handler can send it to a dead-letter topic.
 *
 * <p>Configured either with a type directly or, when Kafka instantiates it from properties, with
 * {@value #VALUE_TYPE} naming the generated class.
 */
public final class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    public static final String VALUE_TYPE = "frontdoor.avro.value-type";

    private static final String EVENTS_PACKAGE = "org.frontdoor.events.";

    static {
        // Avro 1.12 instantiates generated classes only from trusted packages. Trusting the
        // contracts' own package here means no JVM needs a command-line flag to read events.
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(),
                type -> type.getName().startsWith(EVENTS_PACKAGE)));
    }

    private BinaryMessageDecoder<T> decoder;

    public AvroDeserializer() {
    }

    public AvroDeserializer(Class<T> type) {
        this.decoder = decoderFor(type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (decoder != null) {
            return;
        }
        Object type = configs.get(VALUE_TYPE);
        if (type == null) {
            throw new IllegalStateException(VALUE_TYPE + " must name the event class to read");
        }
        try {
            Class<?> eventClass = type instanceof Class<?> cls ? cls : Class.forName(type.toString());
            this.decoder = decoderFor((Class<T>) eventClass.asSubclass(SpecificRecord.class));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown event class " + type, e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return decoder.decode(data);
        } catch (IOException | AvroRuntimeException e) {
            throw new SerializationException("Cannot decode a record from " + topic + ": " + e.getMessage(), e);
        }
    }

    private static <T extends SpecificRecord> BinaryMessageDecoder<T> decoderFor(Class<T> type) {
        return new BinaryMessageDecoder<>(EventModel.INSTANCE, EventModel.INSTANCE.getSchema(type),
                SchemaHistory.kept().store());
    }
}
