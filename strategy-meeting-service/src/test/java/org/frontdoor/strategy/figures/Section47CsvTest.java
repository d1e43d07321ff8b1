package org.frontdoor.strategy.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Section47CsvTest {

    @Test
    void lists_one_line_per_enquiry_with_blanks_for_what_has_not_happened() {
        List<EnquiryRow> rows = List.of(
                new EnquiryRow("child-1", "case-1", LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-30"), 15, true,
                        IcpcDecision.Result.CHILD_PROTECTION_PLAN, "assessment-and-safeguarding"),
                new EnquiryRow("child-2", "case-2", LocalDate.parse("2026-11-10"), LocalDate.parse("2026-12-02"), 16, false,
                        IcpcDecision.Result.NO_PLAN, "north"),
                new EnquiryRow("child-3", "case-3", LocalDate.parse("2026-11-11"), null, null, null,
                        IcpcDecision.Result.NOT_REQUIRED, "north"),
                new EnquiryRow("child-4", "case-4", LocalDate.parse("2026-11-12"), null, null, null, null, "north"));

        assertThat(Section47Csv.of(rows, 15)).isEqualTo(
                "Child reference,Case ID,Strategy meeting date,ICPC date,Working days to ICPC,ICPC within 15 working days,ICPC outcome,Team\r\n"
                        + "child-1,case-1,09/11/2026,30/11/2026,15,Yes,Child protection plan,assessment-and-safeguarding\r\n"
                        + "child-2,case-2,10/11/2026,02/12/2026,16,No,No plan,north\r\n"
                        + "child-3,case-3,11/11/2026,,,,ICPC not required,north\r\n"
                        + "child-4,case-4,12/11/2026,,,,,north\r\n");
    }

    @Test
    void a_month_without_enquiries_is_the_header_alone() {
        assertThat(Section47Csv.of(List.of(), 20)).isEqualTo(
                "Child reference,Case ID,Strategy meeting date,ICPC date,Working days to ICPC,ICPC within 20 working days,ICPC outcome,Team\r\n");
    }

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain|plain",
            "north, east|`\"north, east\"`",
            "say \"hi\"|`\"say \"\"hi\"\"\"`",
            "=HYPERLINK(1)|'=HYPERLINK(1)",
            "-1+2|'-1+2",
            "@team|'@team",
            "+team|'+team",
            "=1,2|`\"'=1,2\"`"
    })
    void fields_are_quoted_when_they_must_be_and_never_read_as_formulas(String value, String written) {
        assertThat(Section47Csv.field(value)).isEqualTo(written);
    }

    @Test
    void a_line_break_in_a_field_is_kept_inside_quotes() {
        assertThat(Section47Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Section47Csv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    }
}
