package org.frontdoor.events.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.Consent;
import org.frontdoor.events.ContactChannel;
import org.frontdoor.events.ContactChild;
import org.frontdoor.events.ContactIndicator;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.Sex;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topics;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private final AvroSerializer<TimescaleAlert> serializer = new AvroSerializer<>();
    private final AvroDeserializer<TimescaleAlert> deserializer = new AvroDeserializer<>(TimescaleAlert.class);

    @Test
    void anEventSurvivesTheRoundTrip() {
        TimescaleAlert alert = alert();

        byte[] bytes = serializer.serialize("t", alert);

        assertThat(deserializer.deserialize("t", bytes)).isEqualTo(alert);
    }

    @Test
    void aContactWithNestedChildrenAndIndicatorsSurvivesTheRoundTrip() {
        ContactReceived contact = ContactReceived.newBuilder()
                .setContactId("contact-1").setReceivedAt(Instant.parse("2026-11-20T09:15:00Z"))
                .setRecordedAt(Instant.parse("2026-11-20T09:15:01Z")).setChannel(ContactChannel.PHONE)
                .setReferralSource("2A").setReferrer(null).setConsent(Consent.GIVEN).setSummary(null)
                .setChildren(List.of(ContactChild.newBuilder().setFirstName("A").setLastName("B")
                        .setDateOfBirth(LocalDate.of(2019, 4, 2)).setSex(Sex.F).build()))
                .setIndicators(List.of(ContactIndicator.newBuilder().setCode("DOMESTIC_ABUSE")
                        .setParameters(Map.of("dashRisk", "HIGH")).setChildIndexes(List.of(0)).build()))
                .build();
        AvroDeserializer<ContactReceived> contacts = new AvroDeserializer<>(ContactReceived.class);

        ContactReceived read = contacts.deserialize("t", new AvroSerializer<ContactReceived>().serialize("t", contact));

        // Avro's generated equals compares nested arrays without logical-type conversions, so compare the fields.
        assertThat(read.getContactId()).isEqualTo("contact-1");
        assertThat(read.getChildren().get(0).getDateOfBirth()).isEqualTo(LocalDate.of(2019, 4, 2));
        assertThat(read.getChildren().get(0).getSex()).isEqualTo(Sex.F);
        assertThat(read.getIndicators().get(0).getParameters()).containsEntry("dashRisk", "HIGH");
        assertThat(read.getIndicators().get(0).getChildIndexes()).containsExactly(0);
    }

    @Test
    void recordsCarryTheSingleObjectMarkerAndTheWriterFingerprint() {
        byte[] bytes = serializer.serialize("t", alert());

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
    }

    @Test
    void aRecordWrittenWithAKeptVersionIsReadWithTheCurrentClass() throws Exception {
        Schema v1 = SchemaHistory.kept().versionsOf(TimescaleAlert.getClassSchema().getFullName()).get(0).schema();
        GenericRecord old = new GenericData.Record(v1);
        old.put("alertId", "ICPC:case-1:BREACHED");
        old.put("kind", new GenericData.EnumSymbol(v1.getField("kind").schema(), "BREACHED"));
        old.put("clock", new GenericData.EnumSymbol(v1.getField("clock").schema(), "ICPC"));
        old.put("team", "assessment-and-safeguarding");
        old.put("dueOn", (int) LocalDate.of(2026, 1, 9).toEpochDay());
        old.put("raisedAt", Instant.parse("2026-01-10T00:00:00Z").toEpochMilli());
        old.put("childRef", "child-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old, out);

        TimescaleAlert read = deserializer.deserialize("t", out.toByteArray());

        assertThat(read.getAlertId()).isEqualTo("ICPC:case-1:BREACHED");
        assertThat(read.getDueOn()).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(read.getCaseId()).isNull();
    }

    @Test
    void bytesThatAreNotAnEventFailWithASerializationException() {
        assertThatThrownBy(() -> deserializer.deserialize("t", "{\"not\":\"avro\"}".getBytes()))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void aRecordFromAnUnknownSchemaFailsWithASerializationException() {
        Schema stranger = Schema.createRecord("Stranger", null, "elsewhere", false,
                List.of(new Schema.Field("x", Schema.create(Schema.Type.STRING))));
        GenericRecord record = new GenericData.Record(stranger);
        record.put("x", "y");
        byte[] bytes = encode(stranger, record);

        assertThatThrownBy(() -> deserializer.deserialize("t", bytes)).isInstanceOf(SerializationException.class);
    }

    @Test
    void aDeserializerConfiguredByPropertiesReadsItsType() {
        AvroDeserializer<TimescaleAlert> configured = new AvroDeserializer<>();
        configured.configure(Map.of(AvroDeserializer.VALUE_TYPE, TimescaleAlert.class.getName()), false);

        assertThat(configured.deserialize("t", serializer.serialize("t", alert()))).isEqualTo(alert());
    }

    @Test
    void theCatalogueGivesEachTopicOneWriterAndAUniqueName() {
        assertThat(Topics.ALL).extracting(topic -> topic.name()).doesNotHaveDuplicates();
        assertThat(Topics.ALL).allSatisfy(topic -> assertThat(topic.writer()).isIn(
                Topics.CONTACT_INTAKE, Topics.TRIAGE, Topics.STRATEGY_MEETING, Topics.NOTIFICATION));
    }

    private static byte[] encode(Schema schema, GenericRecord record) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record, out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TimescaleAlert alert() {
        return TimescaleAlert.newBuilder()
                .setAlertId("ICPC:case-1:AT_RISK").setKind(AlertKind.AT_RISK).setClock(ClockType.ICPC)
                .setTeam("assessment-and-safeguarding").setDueOn(LocalDate.of(2026, 1, 9))
                .setRaisedAt(Instant.parse("2026-01-06T00:00:00Z")).setCaseId("case-1").setContactId("contact-1")
                .setDecisionId("decision-1").setChildRef("child-1").build();
    }
}
