package org.frontdoor.strategy.figures;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The Annex A style list of section 47 enquiries and their ICPCs as CSV (RFC 4180: comma
 * separated, CRLF line ends, a field quoted when it holds a comma, quote or line break, quotes
 * doubled). Dates are DD/MM/YYYY, as Annex A asks.
 */
final class Section47Csv {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String LINE_END = "\r\n";

    private Section47Csv() {
    }

    static String of(List<EnquiryRow> rows, int timescaleWorkingDays) {
        StringBuilder csv = new StringBuilder();
        line(csv, "Child reference", "Case ID", "Strategy meeting date", "ICPC date", "Working days to ICPC",
                "ICPC within " + timescaleWorkingDays + " working days", "ICPC outcome", "Team");
        for (EnquiryRow row : rows) {
            line(csv, row.childRef(), row.caseId(), date(row.strategyMeetingOn()), date(row.icpcOn()),
                    row.workingDaysToIcpc() == null ? "" : row.workingDaysToIcpc().toString(),
                    row.icpcInTime() == null ? "" : row.icpcInTime() ? "Yes" : "No",
                    outcome(row.icpcOutcome()), row.team());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields[i]));
        }
        csv.append(LINE_END);
    }

    /**
     * A text that a spreadsheet would read as a formula (starting =, +, -, @, tab or carriage
     * return) gets a leading apostrophe, so opening the file never runs what a field holds.
     */
    static String field(String value) {
        if (value.isEmpty()) {
            return value;
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String outcome(IcpcDecision.Result result) {
        if (result == null) {
            return "";
        }
        return switch (result) {
            case CHILD_PROTECTION_PLAN -> "Child protection plan";
            case NO_PLAN -> "No plan";
            case NOT_REQUIRED -> "ICPC not required";
        };
    }
}
