package org.frontdoor.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

class BankHolidaysTest {

    private final BankHolidays englandAndWales = BankHolidays.englandAndWales();

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = PublishedBankHolidays.RESOURCE, numLinesToSkip = 1)
    void everyDateInTheBundledFileIsABankHoliday(LocalDate date, String name) {
        assertThat(englandAndWales.isBankHoliday(date)).isTrue();
    }

    static IntStream yearsInTheData() {
        return PublishedBankHolidays.years();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearsInTheData")
    void aYearInTheDataIsAnsweredFromTheDataAlone(int year) {
        assertThat(englandAndWales.in(year)).containsExactlyElementsOf(PublishedBankHolidays.in(year));
    }

    @Test
    void oneOffChangesComeFromTheData() {
        assertThat(englandAndWales.in(2020)).contains(parse("2020-05-08")).doesNotContain(parse("2020-05-04"));
        assertThat(englandAndWales.in(2022))
                .contains(parse("2022-06-02"), parse("2022-06-03"), parse("2022-09-19"))
                .doesNotContain(parse("2022-05-30"));
        assertThat(englandAndWales.in(2023)).contains(parse("2023-05-08"));
    }

    @Test
    void twentyTwentyNineBeyondTheDataFollowsTheRules() {
        // Easter Sunday 2029 is 1 April.
        assertThat(englandAndWales.in(2029)).containsExactly(
                parse("2029-01-01"), parse("2029-03-30"), parse("2029-04-02"), parse("2029-05-07"),
                parse("2029-05-28"), parse("2029-08-27"), parse("2029-12-25"), parse("2029-12-26"));
    }

    @Test
    void twentyThirtyBeyondTheDataFollowsTheRules() {
        // Easter Sunday 2030 is 21 April.
        assertThat(englandAndWales.in(2030)).containsExactly(
                parse("2030-01-01"), parse("2030-04-19"), parse("2030-04-22"), parse("2030-05-06"),
                parse("2030-05-27"), parse("2030-08-26"), parse("2030-12-25"), parse("2030-12-26"));
    }

    @Test
    void aYearBeforeTheDataFollowsTheRules() {
        // Easter Sunday 2018 is 1 April; 2018's published bank holidays had no one-off changes.
        assertThat(englandAndWales.in(2018)).containsExactly(
                parse("2018-01-01"), parse("2018-03-30"), parse("2018-04-02"), parse("2018-05-07"),
                parse("2018-05-28"), parse("2018-08-27"), parse("2018-12-25"), parse("2018-12-26"));
    }

    @Test
    void theDatesOfAYearCannotBeChangedByACaller() {
        assertThatThrownBy(() -> englandAndWales.in(2026).add(parse("2026-06-01")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> englandAndWales.in(2031).add(parse("2031-06-02")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aLocalAuthorityFileAnswersTheYearsItLists() throws IOException {
        Path file = write("""
                date,name
                2029-01-01,New Year's Day
                2029-03-30,Good Friday
                2029-04-02,Easter Monday
                2029-05-07,Early May bank holiday
                2029-05-28,Spring bank holiday
                2029-06-15,An invented one-off bank holiday
                2029-08-27,Summer bank holiday
                2029-12-25,Christmas Day
                2029-12-26,Boxing Day
                """);

        BankHolidays configured = englandAndWales.withYearsFrom(file);

        assertThat(configured.isBankHoliday(parse("2029-06-15"))).isTrue();
        assertThat(configured.in(2029)).hasSize(9);
        assertThat(configured.in(2026)).containsExactlyElementsOf(PublishedBankHolidays.in(2026));
        assertThat(configured.in(2030)).isEqualTo(englandAndWales.in(2030));
    }

    @Test
    void aLocalAuthorityFileReplacesABundledYearWhole() throws IOException {
        Path file = write("""
                date,name
                2026-01-01,New Year's Day
                2026-04-03,Good Friday
                """);

        BankHolidays configured = englandAndWales.withYearsFrom(file);

        assertThat(configured.in(2026)).containsExactly(parse("2026-01-01"), parse("2026-04-03"));
        assertThat(configured.isBankHoliday(parse("2026-12-25"))).isFalse();
        assertThat(englandAndWales.isBankHoliday(parse("2026-12-25")))
                .as("the bundled bank holidays are left as they were")
                .isTrue();
    }

    @Test
    void aFileSavedWithAByteOrderMarkAndBlankLinesIsRead() throws IOException {
        Path file = write("\uFEFFdate,name\n\n2031-07-04,An invented bank holiday\n\n");

        assertThat(englandAndWales.withYearsFrom(file).in(2031)).containsExactly(parse("2031-07-04"));
    }

    @Test
    void aFileWithoutItsHeaderIsRefused() throws IOException {
        Path file = write("2029-01-01,New Year's Day\n");

        assertThatThrownBy(() -> englandAndWales.withYearsFrom(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header 'date,name'");
    }

    @Test
    void aFileWithAnUnreadableDateIsRefusedNamingTheLine() throws IOException {
        Path file = write("date,name\n2029-01-01,New Year's Day\n01/04/2029,Good Friday\n");

        assertThatThrownBy(() -> englandAndWales.withYearsFrom(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("'01/04/2029'");
    }

    @Test
    void aFileWithNoDatesIsRefused() throws IOException {
        Path file = write("date,name\n");

        assertThatThrownBy(() -> englandAndWales.withYearsFrom(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lists no bank holidays");
    }

    @Test
    void aMissingFileIsReportedAsUnreadable() {
        Path missing = folder.resolve("missing.csv");

        assertThatThrownBy(() -> englandAndWales.withYearsFrom(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("missing.csv");
    }

    private Path write(String content) throws IOException {
        return Files.writeString(folder.resolve("bank-holidays.csv"), content);
    }
}
