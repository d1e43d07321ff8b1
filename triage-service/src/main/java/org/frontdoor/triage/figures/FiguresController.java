package org.frontdoor.triage.figures;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Triage's performance figures and its Annex A contacts list, for managers (decision 0010). */
@RestController
class FiguresController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final FigureQueries figures;

    FiguresController(FigureQueries figures) {
        this.figures = figures;
    }

    /** The month's figures, London dates; the current month when none is named. */
    @GetMapping("/api/v1/figures")
    MonthFigures month(@RequestParam(required = false) String month) {
        return figures.month(monthOrCurrent(month));
    }

    @GetMapping("/api/v1/figures/open-clocks")
    OpenClocks openClocks() {
        return figures.openClocks();
    }

    @GetMapping("/api/v1/annex-a/contacts.csv")
    ResponseEntity<String> annexAContacts(@RequestParam(required = false) String month) {
        YearMonth listed = monthOrCurrent(month);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("annex-a-contacts-" + listed + ".csv").build().toString())
                .body(AnnexAContacts.csv(figures.decisionsReceivedIn(listed)));
    }

    private YearMonth monthOrCurrent(String month) {
        if (month == null) {
            return figures.currentMonth();
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidMonthException();
        }
    }

    @ExceptionHandler(InvalidMonthException.class)
    ProblemDetail invalidMonth(InvalidMonthException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The month is not valid");
        problem.setProperty("errors", List.of(Map.of("field", "month", "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(FiguresUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(FiguresUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    /** The message never repeats what was sent. */
    static final class InvalidMonthException extends RuntimeException {
        InvalidMonthException() {
            super("a month is a year and month, such as 2026-11");
        }
    }
}
