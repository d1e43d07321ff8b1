package org.frontdoor.localstack.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;

import org.frontdoor.localstack.StackClock;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shows and moves the clock every service in the local stack shares. */
@RestController
@RequestMapping("/local/clock")
class ClockController {

    private final StackClock clock;

    ClockController(StackClock clock) {
        this.clock = clock;
    }

    @GetMapping
    ClockView show() {
        return ClockView.of(clock.read());
    }

    @PostMapping
    ClockView move(@RequestBody ClockMove move) {
        return ClockView.of(clock.advanceBy(move.amount()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail rejected(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The clock cannot move that way");
        return problem;
    }

    /** @param advanceBy an ISO-8601 period (P16D: calendar days in London) or duration (PT36H) */
    record ClockMove(String advanceBy) {

        TemporalAmount amount() {
            if (advanceBy == null || advanceBy.isBlank()) {
                throw new IllegalArgumentException("advanceBy is required: an ISO-8601 period or duration such as P16D or PT36H.");
            }
            try {
                return Period.parse(advanceBy);
            }
            catch (DateTimeParseException notAPeriod) {
                try {
                    return Duration.parse(advanceBy);
                }
                catch (DateTimeParseException notADuration) {
                    throw new IllegalArgumentException(
                            "advanceBy must be an ISO-8601 period or duration such as P16D or PT36H, not '" + advanceBy + "'.");
                }
            }
        }
    }

    /**
     * @param now the shared clock's instant
     * @param today its date in London
     * @param offset how far it runs ahead of real time
     */
    record ClockView(Instant now, LocalDate today, String offset) {

        static ClockView of(StackClock.Reading reading) {
            return new ClockView(reading.now(), reading.today(), reading.offset().toString());
        }
    }
}
