package org.frontdoor.strategy.figures;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;

import org.frontdoor.strategy.StrategyMeetingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/**
 * The performance figures (docs/figures.md) and the Annex A list of section 47 enquiries. Without
 * a month, the current month in London by the service's clock.
 */
@RestController
class FiguresController {

    private static final Logger log = LoggerFactory.getLogger(FiguresController.class);
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final FiguresQueries queries;
    private final Clock clock;
    private final int timescaleWorkingDays;

    FiguresController(FiguresQueries queries, Clock clock, StrategyMeetingSettings settings) {
        this.queries = queries;
        this.clock = clock;
        this.timescaleWorkingDays = settings.timescales().icpcWorkingDays();
    }

    @GetMapping("/api/v1/figures")
    MonthFigures figures(@RequestParam(required = false) YearMonth month) {
        return queries.month(orCurrent(month));
    }

    @GetMapping("/api/v1/figures/open-clocks")
    OpenClocks openClocks() {
        return queries.openClocks();
    }

    @GetMapping("/api/v1/annex-a/section-47.csv")
    ResponseEntity<String> section47(@RequestParam(required = false) YearMonth month) {
        YearMonth listed = orCurrent(month);
        String csv = Section47Csv.of(queries.enquiriesStartedIn(listed), timescaleWorkingDays);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("section-47-enquiries-" + listed + ".csv").build().toString())
                .body(csv);
    }

    @ExceptionHandler(FiguresUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(FiguresUnavailable e) {
        log.warn("Answered 503: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The figures are being brought up to date from the event record. Try again shortly.");
        problem.setTitle("Temporarily unavailable");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private YearMonth orCurrent(YearMonth month) {
        return month != null ? month : YearMonth.now(clock);
    }
}
