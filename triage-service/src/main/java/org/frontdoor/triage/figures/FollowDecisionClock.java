package org.frontdoor.triage.figures;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Adds one event's fact to what is known of its decision's clock, and moves the tallies by what
 * that changes. All three kinds of event about a decision arrive in the partition of its child.
 */
final class FollowDecisionClock<V> implements Processor<String, V, Void, Void> {

    private final Function<V, String> decisionId;
    private final BiFunction<DecisionClock, V, DecisionClock> learn;
    private KeyValueStore<String, DecisionClock> clocks;
    private KeyValueStore<String, String> decisionsByDate;
    private Tallies tallies;

    FollowDecisionClock(Function<V, String> decisionId, BiFunction<DecisionClock, V, DecisionClock> learn) {
        this.decisionId = decisionId;
        this.learn = learn;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.clocks = context.getStateStore(FiguresTopology.DECISION_CLOCKS);
        this.decisionsByDate = context.getStateStore(FiguresTopology.DECISIONS_BY_DATE);
        this.tallies = new Tallies(context.getStateStore(FiguresTopology.TALLIES));
    }

    @Override
    public void process(Record<String, V> record) {
        String id = decisionId.apply(record.value());
        DecisionClock known = clocks.get(id);
        DecisionClock before = known == null ? DecisionClock.UNKNOWN : known;
        DecisionClock after = learn.apply(before, record.value());
        if (after.equals(before)) {
            return;
        }
        clocks.put(id, after);
        if (before.triaged() == null && after.triaged() != null) {
            decisionsByDate.put(FiguresTopology.byDateKey(after.triaged().receivedOn(), id), id);
        }
        tallies.move(before.counted(), after.counted());
    }
}
