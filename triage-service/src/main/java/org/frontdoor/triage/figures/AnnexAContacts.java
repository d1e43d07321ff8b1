package org.frontdoor.triage.figures;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.frontdoor.triage.figures.DecisionClock.Managed;
import org.frontdoor.triage.figures.DecisionClock.Triaged;

/**
 * Ofsted's Annex A list 1 (contacts), as far as this service holds it: one row per child per
 * contact, with the child's reference, never a name, date of birth or NHS number. Dates are
 * written day/month/year, as the Annex A template has them. RFC 4180 CSV.
 */
final class AnnexAContacts {

    static final List<String> HEADER = List.of("Child reference", "Contact ID", "Date of contact", "Referral source",
            "Triage route", "Manager decision", "Route after manager decision", "Team", "Re-referral");

    private static final DateTimeFormatter ANNEX_A_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String LINE_END = "\r\n";
    /** A spreadsheet would run a cell starting with one of these as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private AnnexAContacts() {
    }

    /** In the order the contacts were received, each contact's children in their order on it. */
    static String csv(List<DecisionClock> decisions) {
        Stream<String> rows = decisions.stream().filter(decision -> decision.triaged() != null)
                .sorted(Comparator.comparing((DecisionClock decision) -> decision.triaged().receivedAt())
                        .thenComparing(decision -> decision.triaged().contactId())
                        .thenComparingInt(decision -> decision.triaged().childIndex()))
                .map(AnnexAContacts::row);
        return Stream.concat(Stream.of(line(HEADER)), rows).collect(Collectors.joining(LINE_END, "", LINE_END));
    }

    private static String row(DecisionClock decision) {
        Triaged triaged = decision.triaged();
        Managed managed = decision.managed();
        return line(List.of(triaged.childRef(), triaged.contactId(), ANNEX_A_DATE.format(triaged.receivedOn()),
                triaged.referralSource(), triaged.route().name(), managed == null ? "" : managed.outcome().name(),
                managed == null ? "" : managed.route().name(), triaged.team(), triaged.reReferral() ? "Yes" : "No"));
    }

    private static String line(List<String> fields) {
        return fields.stream().map(AnnexAContacts::field).collect(Collectors.joining(","));
    }

    /** Quoted when it holds a comma, quote or line break, quotes doubled; a would-be formula is defused with a leading quote. */
    static String field(String value) {
        String text = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
