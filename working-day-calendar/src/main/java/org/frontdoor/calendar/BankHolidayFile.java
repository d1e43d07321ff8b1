package org.frontdoor.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Reads a bank holiday file: a header line {@code date,name}, then one ISO date per line
 * followed by the holiday's name. Only the date matters for counting working days; the name
 * is there for the people who maintain the file.
 */
final class BankHolidayFile {

    private BankHolidayFile() {
    }

    /** The file's dates grouped by year, each year's dates in order. */
    static Map<Integer, NavigableSet<LocalDate>> read(Reader csv, String source) {
        Map<Integer, NavigableSet<LocalDate>> byYear = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(csv)) {
            String header = lines.readLine();
            if (header == null || !stripByteOrderMark(header).trim().toLowerCase(Locale.ROOT).startsWith("date")) {
                throw new IllegalArgumentException(source + ": the first line must be the header 'date,name'");
            }
            int lineNumber = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                LocalDate date = dateOn(line, source, lineNumber);
                byYear.computeIfAbsent(date.getYear(), year -> new TreeSet<>()).add(date);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bank holidays from " + source, e);
        }
        if (byYear.isEmpty()) {
            throw new IllegalArgumentException(source + ": lists no bank holidays");
        }
        byYear.replaceAll((year, dates) -> Collections.unmodifiableNavigableSet(dates));
        return Map.copyOf(byYear);
    }

    private static LocalDate dateOn(String line, String source, int lineNumber) {
        int comma = line.indexOf(',');
        String date = (comma < 0 ? line : line.substring(0, comma)).trim();
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    source + " line " + lineNumber + ": '" + date + "' is not a date in the form yyyy-mm-dd", e);
        }
    }

    // Spreadsheet tools often save CSV with a byte order mark, which would hide the header.
    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
