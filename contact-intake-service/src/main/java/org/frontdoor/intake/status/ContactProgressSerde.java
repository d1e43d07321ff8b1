package org.frontdoor.intake.status;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The status store's own value format, JSON. It is private to this service (its changelog is an
 * internal topic), so it is not an event contract in the schemas module.
 */
final class ContactProgressSerde {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContactProgressSerde() {
    }

    static Serde<ContactProgress> serde() {
        Serializer<ContactProgress> serializer = (topic, progress) -> progress == null ? null : JSON.writeValueAsBytes(progress);
        Deserializer<ContactProgress> deserializer = (topic, bytes) ->
                bytes == null ? null : JSON.readValue(bytes, ContactProgress.class);
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
