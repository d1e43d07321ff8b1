package org.frontdoor.events.serde;

import org.apache.avro.Conversions;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.specific.SpecificData;

/**
 * The Avro data model the serde reads and writes events with. A generated class registers
 * conversions only for its own top-level fields, so a date inside a nested, optional record
 * (a child's date of birth) needs a model that knows every logical type the contracts use.
 */
final class EventModel {

    static final SpecificData INSTANCE = create();

    private EventModel() {
    }

    private static SpecificData create() {
        SpecificData model = new SpecificData(EventModel.class.getClassLoader());
        model.addLogicalTypeConversion(new TimeConversions.DateConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        model.addLogicalTypeConversion(new Conversions.DecimalConversion());
        return model;
    }
}
