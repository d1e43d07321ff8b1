package org.frontdoor.triage.figures;

import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.calendar.LondonTime;
import org.frontdoor.events.ContactReceived;

/**
 * Counts each contact once, on the London date it was received, by its referral source, and
 * among the late entries when it was recorded late: a contact belongs to the day it reached the
 * front door, however late it was recorded. A contact is remembered by its id, so the same
 * contact published again is not counted again.
 */
final class CountContact implements Processor<String, ContactReceived, Void, Void> {

    private KeyValueStore<String, String> counted;
    private Tallies tallies;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.counted = context.getStateStore(FiguresTopology.COUNTED_CONTACTS);
        this.tallies = new Tallies(context.getStateStore(FiguresTopology.TALLIES));
    }

    @Override
    public void process(Record<String, ContactReceived> record) {
        ContactReceived contact = record.value();
        if (counted.get(contact.getContactId()) != null) {
            return;
        }
        LocalDate receivedOn = LondonTime.dateOf(contact.getReceivedAt());
        counted.put(contact.getContactId(), receivedOn.toString());
        Counted received = Counted.contactReceived(receivedOn, contact.getReferralSource());
        tallies.move(List.of(), contact.getLateEntryReason() == null ? List.of(received)
                : List.of(received, Counted.received(Measure.LATE_ENTRIES, receivedOn)));
    }
}
