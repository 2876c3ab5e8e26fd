package org.headwater.app.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** A failure thrown in a filter reaches the container's error page: it answers as the API does. */
class ErrorPageProblemsTest {

    private final MockMvc mvc =
            MockMvcBuilders.standaloneSetup(new ErrorPageProblems()).build();

    @Test
    void aFilterThatLostTheDatabaseAnswers503WithRetryAfterAsProblemDetails() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/alerts")
                        .requestAttr(
                                RequestDispatcher.ERROR_EXCEPTION,
                                new IllegalStateException(
                                        "loading the session", new SQLException("Connection refused", "08001"))))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", String.valueOf(ApiErrors.RETRY_AFTER_SECONDS)))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.instance").value("/api/v1/alerts"));
    }

    @Test
    void anyOtherFilterFailureIsA500ProblemThatNamesNoInternals() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(
                                RequestDispatcher.ERROR_EXCEPTION,
                                new IllegalStateException("internal detail that must not reach the caller")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("the request failed on the server; it has been logged"))
                .andExpect(header().doesNotExist("Retry-After"));
    }

    @Test
    void aContainerRefusalKeepsItsStatusAndSaysWhatItIs() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.detail").value("Content Too Large"));
    }
}
