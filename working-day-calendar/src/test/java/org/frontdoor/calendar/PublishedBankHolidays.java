package org.frontdoor.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The bundled data file read naively, as the tests' independent record of the published dates. */
final class PublishedBankHolidays {

    static final String RESOURCE = "/org/frontdoor/calendar/bank-holidays-england-wales.csv";
    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2028;

    private PublishedBankHolidays() {
    }

    static Set<LocalDate> all() {
        var stream = PublishedBankHolidays.class.getResourceAsStream(RESOURCE);
        try (var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return lines.lines().skip(1)
                    .map(line -> LocalDate.parse(line.split(",")[0]))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<LocalDate> in(int year) {
        return all().stream().filter(date -> date.getYear() == year).collect(Collectors.toCollection(TreeSet::new));
    }

    static IntStream years() {
        return IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR);
    }
}
