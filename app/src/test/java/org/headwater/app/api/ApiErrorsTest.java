package org.headwater.app.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** How failures reach an API caller: always problem details, 503 with Retry-After when the database is out of reach. */
class ApiErrorsTest {

    @RestController
    static class Failing {

        @GetMapping("/pool-exhausted")
        String poolExhausted() {
            // What the store throws when Hikari has no free connection within its timeout.
            throw new IllegalStateException(
                    "reading the consumption totals",
                    new SQLTransientConnectionException("headwater - Connection is not available, request timed out"));
        }

        @GetMapping("/database-down")
        String databaseDown() {
            throw new IllegalStateException("storing a batch", new SQLException("Connection refused", "08001"));
        }

        @GetMapping("/bug")
        String bug() {
            throw new IllegalStateException("internal detail that must not reach the caller");
        }

        @PostMapping("/body")
        String body(@RequestBody Map<String, String> body) {
            return "ok";
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ApiErrors())
            .build();

    @Test
    void anExhaustedPoolIsA503WithRetryAfterNotA500() throws Exception {
        mvc.perform(get("/pool-exhausted"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", String.valueOf(ApiErrors.RETRY_AFTER_SECONDS)))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(503));
    }

    @Test
    void aRefusedDatabaseConnectionIsA503Too() throws Exception {
        mvc.perform(get("/database-down"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void anyOtherFailureIsA500ProblemThatNamesNoInternals() throws Exception {
        mvc.perform(get("/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.detail").value("the request failed on the server; it has been logged"))
                .andExpect(header().doesNotExist("Retry-After"));
    }

    @Test
    void springsOwnRefusalsKeepTheirStatus() throws Exception {
        mvc.perform(post("/body").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());
    }
}
