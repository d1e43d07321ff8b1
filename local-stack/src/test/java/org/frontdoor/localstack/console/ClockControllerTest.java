package org.frontdoor.localstack.console;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.frontdoor.localstack.StackClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

// Each test starts from an unmoved clock.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@WebMvcTest(ClockController.class)
class ClockControllerTest {

    @Autowired
    MockMvc console;

    @Test
    void showsTheSharedClockItsLondonDateAndItsOffset() throws Exception {
        console.perform(get("/local/clock"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.now").value("2026-11-20T09:15:00Z"))
                .andExpect(jsonPath("$.today").value("2026-11-20"))
                .andExpect(jsonPath("$.offset").value("PT0S"));
    }

    @Test
    void movesTheClockForwardByAPeriodOrADuration() throws Exception {
        console.perform(post("/local/clock").contentType(MediaType.APPLICATION_JSON).content("{\"advanceBy\": \"P16D\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.now").value("2026-12-06T09:15:00Z"))
                .andExpect(jsonPath("$.today").value("2026-12-06"))
                .andExpect(jsonPath("$.offset").value("PT384H"));

        console.perform(post("/local/clock").contentType(MediaType.APPLICATION_JSON).content("{\"advanceBy\": \"PT36H\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.now").value("2026-12-07T21:15:00Z"))
                .andExpect(jsonPath("$.offset").value("PT420H"));
    }

    @Test
    void refusesToMoveTheClockBackWithAProblem() throws Exception {
        console.perform(post("/local/clock").contentType(MediaType.APPLICATION_JSON).content("{\"advanceBy\": \"-P1D\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The shared clock only moves forward; P-1D does not."));
    }

    @Test
    void refusesAnAmountThatIsNotIsoWithAProblem() throws Exception {
        console.perform(post("/local/clock").contentType(MediaType.APPLICATION_JSON).content("{\"advanceBy\": \"16 days\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "advanceBy must be an ISO-8601 period or duration such as P16D or PT36H, not '16 days'."));
    }

    @Test
    void refusesAMoveWithoutAnAmount() throws Exception {
        console.perform(post("/local/clock").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesUnknownFields() throws Exception {
        console.perform(post("/local/clock").contentType(MediaType.APPLICATION_JSON).content("{\"advanceBy\": \"P1D\", \"backwards\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

        console.perform(get("/local/clock")).andExpect(jsonPath("$.offset").value("PT0S"));
    }

    @TestConfiguration
    static class FridayMorning {

        @Bean
        @Primary
        StackClock fridayMorning() throws IOException {
            Path directory = Files.createTempDirectory("clock-controller-test");
            return new StackClock(directory.resolve("clock-offset"), Clock.fixed(Instant.parse("2026-11-20T09:15:00Z"), ZoneOffset.UTC));
        }
    }
}
