package org.frontdoor.triage.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.triage.figures.DecisionEvents.decision;
import static org.frontdoor.triage.figures.DecisionEvents.managed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.events.Route;
import org.junit.jupiter.api.Test;

/** The Annex A contacts list as CSV. */
class AnnexAContactsTest {

    private static final String HEADER = "Child reference,Contact ID,Date of contact,Referral source,Triage route,"
            + "Manager decision,Route after manager decision,Team,Re-referral\r\n";

    @Test
    void oneRowPerChildPerContactInTheOrderTheyWereReceivedWithTheLondonDateDayFirst() {
        DecisionClock later = DecisionClock.UNKNOWN.withTriage(decision("d2", Instant.parse("2026-11-03T09:00:00Z"), "6",
                Route.STRATEGY_MEETING, true, LocalDate.of(2026, 11, 4)));
        DecisionClock earlier = DecisionClock.UNKNOWN.withTriage(decision("d1", Instant.parse("2026-07-01T23:30:00Z"), "2A",
                Route.MASH, false, LocalDate.of(2026, 7, 3))).withManagement(managed("d1", Instant.parse("2026-07-02T10:00:00Z")));

        String csv = AnnexAContacts.csv(List.of(later, earlier));

        assertThat(csv).isEqualTo(HEADER
                + "child-d1,contact-d1,02/07/2026,2A,MASH,CONFIRMED,MASH,mash,No\r\n"
                + "child-d2,contact-d2,03/11/2026,6,STRATEGY_MEETING,,,mash,Yes\r\n");
    }

    @Test
    void aMonthWithoutContactsIsTheHeaderAlone() {
        assertThat(AnnexAContacts.csv(List.of())).isEqualTo(HEADER);
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(AnnexAContacts.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(AnnexAContacts.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(AnnexAContacts.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AnnexAContacts.field("plain")).isEqualTo("plain");
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(AnnexAContacts.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AnnexAContacts.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }
}
