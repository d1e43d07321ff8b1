package org.frontdoor.strategy.figures;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.strategy.StrategyMeetingSettings;
import org.springframework.stereotype.Component;

/**
 * Reads the figures stores. Each partition's task keeps counts for its own cases, so a figure is
 * the sum over the partitions: a scan of the store reads every partition's entries (a plain
 * {@code get} would return one partition's count only). Answers only while the topology runs, so
 * that a sum never misses a partition being restored or moved.
 */
@Component
class FiguresQueries {

    private final FiguresStreams streams;
    private final Clock clock;
    private final int timescaleWorkingDays;
    private final IcpcTimescale icpcTimescale;

    FiguresQueries(FiguresStreams streams, Clock clock, StrategyMeetingSettings settings) {
        this.streams = streams;
        this.clock = clock;
        this.timescaleWorkingDays = settings.timescales().icpcWorkingDays();
        this.icpcTimescale = new IcpcTimescale(WorkingDayCalendar.englandAndWales());
    }

    MonthFigures month(YearMonth month) {
        return MonthFigures.of(month, clock.instant(), sums(FigureKeys.monthPrefix(month)), timescaleWorkingDays);
    }

    OpenClocks openClocks() {
        return OpenClocks.of(clock.instant(), openClocksEverCounted());
    }

    /** The count now of every clock, RAG and team that has ever had an open clock (zero for those with none now). */
    List<OpenClocks.Row> openClocksEverCounted() {
        List<OpenClocks.Row> rows = new ArrayList<>();
        sums(FigureKeys.OPEN_PREFIX).forEach((key, count) -> rows.add(FigureKeys.openClocksRow(key, count)));
        return rows;
    }

    /** The section 47 enquiries started in the month, by the date of the meeting that started them. */
    List<EnquiryRow> enquiriesStartedIn(YearMonth month) {
        return read(FiguresTopology.ENQUIRIES, (ReadOnlyKeyValueStore<String, String> enquiries) -> {
            List<String> caseIds = new ArrayList<>();
            try (KeyValueIterator<String, String> entries = enquiries.prefixScan(FiguresLedger.enquiryPrefix(month),
                    new StringSerializer())) {
                entries.forEachRemaining((KeyValue<String, String> entry) -> caseIds.add(entry.value));
            }
            return caseIds;
        }).stream()
                .map(caseId -> read(FiguresTopology.HISTORIES, (ReadOnlyKeyValueStore<String, CaseHistory> histories) -> histories.get(caseId)))
                .map(history -> EnquiryRow.of(history, icpcTimescale))
                .sorted(Comparator.comparing(EnquiryRow::strategyMeetingOn).thenComparing(EnquiryRow::caseId))
                .toList();
    }

    private Map<String, Long> sums(String prefix) {
        return read(FiguresTopology.COUNTS, (ReadOnlyKeyValueStore<String, Long> counts) -> {
            Map<String, Long> sums = new HashMap<>();
            try (KeyValueIterator<String, Long> entries = counts.prefixScan(prefix, new StringSerializer())) {
                entries.forEachRemaining((KeyValue<String, Long> entry) -> sums.merge(entry.key, entry.value, Long::sum));
            }
            return sums;
        });
    }

    private <K, V, R> R read(String storeName, Function<ReadOnlyKeyValueStore<K, V>, R> query) {
        KafkaStreams kafkaStreams = streams.kafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw new FiguresUnavailable(null);
        }
        try {
            ReadOnlyKeyValueStore<K, V> store = kafkaStreams.store(
                    StoreQueryParameters.fromNameAndType(storeName, QueryableStoreTypes.keyValueStore()));
            return query.apply(store);
        } catch (InvalidStateStoreException e) {
            throw new FiguresUnavailable(e);
        }
    }
}
