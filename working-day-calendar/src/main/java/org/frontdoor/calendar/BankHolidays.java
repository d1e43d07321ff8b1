package org.frontdoor.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The bank holidays of England and Wales.
 *
 * <p>A year that the data lists is answered only from the data, so one-off changes (2020's
 * moved VE day, 2022's jubilee and state funeral, 2023's coronation) come out right. Any
 * other year is answered from the standing rules: New Year's Day, Good Friday, Easter Monday,
 * the early May, spring and summer bank holidays, Christmas Day and Boxing Day, with substitute
 * days when a fixed date falls on a weekend. A data file must therefore list every bank holiday
 * of each year it mentions.
 *
 * <p>Immutable and safe to share between threads; each year's dates are worked out once.
 */
public final class BankHolidays {

    private static final String BUNDLED_FILE = "bank-holidays-england-wales.csv";
    private static final BankHolidays ENGLAND_AND_WALES = new BankHolidays(readBundledFile());

    private final Map<Integer, NavigableSet<LocalDate>> fromData;
    // Rule years are worked out on first use and kept, so no call ever recomputes Easter.
    private final ConcurrentMap<Integer, NavigableSet<LocalDate>> fromRules = new ConcurrentHashMap<>();

    private BankHolidays(Map<Integer, NavigableSet<LocalDate>> fromData) {
        this.fromData = fromData;
    }

    /** The published England and Wales bank holidays bundled with this library, 2019 to 2028, then the rules. */
    public static BankHolidays englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    /**
     * These bank holidays, with each year that the given file lists taken from that file instead.
     * This is how a local authority supplies newer or corrected data: a file with a header line
     * {@code date,name} and one {@code yyyy-mm-dd,name} line per bank holiday, listing every bank
     * holiday of each year it covers.
     *
     * @throws IllegalArgumentException when the file has no header, an unreadable date or no dates
     * @throws UncheckedIOException when the file cannot be read
     */
    public BankHolidays withYearsFrom(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            Map<Integer, NavigableSet<LocalDate>> merged = new HashMap<>(fromData);
            merged.putAll(BankHolidayFile.read(reader, csv.toString()));
            return new BankHolidays(Map.copyOf(merged));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bank holidays from " + csv, e);
        }
    }

    public boolean isBankHoliday(LocalDate date) {
        return in(date.getYear()).contains(date);
    }

    /** The bank holidays of a year, in date order, read-only. */
    public NavigableSet<LocalDate> in(int year) {
        NavigableSet<LocalDate> data = fromData.get(year);
        return data != null ? data : fromRules.computeIfAbsent(year, BankHolidayRules::bankHolidaysIn);
    }

    private static Map<Integer, NavigableSet<LocalDate>> readBundledFile() {
        InputStream bundled = BankHolidays.class.getResourceAsStream(BUNDLED_FILE);
        Objects.requireNonNull(bundled, () -> "The library jar has lost its " + BUNDLED_FILE);
        return BankHolidayFile.read(new InputStreamReader(bundled, StandardCharsets.UTF_8), BUNDLED_FILE);
    }
}
