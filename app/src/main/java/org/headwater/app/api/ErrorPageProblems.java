package org.headwater.app.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page as problem details: a failure thrown in a filter (the session or
 * sign-in lookups, before any controller advice can see it) answers in the same RFC 9457 shape as the
 * API, a 503 with Retry-After when the database is out of reach, and never with the exception's text.
 */
@RestController
class ErrorPageProblems implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageProblems.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ResponseEntity.BodyBuilder answer;
        ProblemDetail problem;
        if (failure != null && ApiErrors.databaseUnavailable(failure)) {
            log.warn("database unavailable before a controller: {}", failure.toString());
            problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE, "the database is busy or unavailable; try again shortly");
            answer = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(ApiErrors.RETRY_AFTER_SECONDS));
        } else if (status.is5xxServerError()) {
            log.error(
                    "request to {} failed before a controller",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure);
            problem = ProblemDetail.forStatusAndDetail(status, "the request failed on the server; it has been logged");
            answer = ResponseEntity.status(status);
        } else {
            problem = ProblemDetail.forStatusAndDetail(status, status.getReasonPhrase());
            answer = ResponseEntity.status(status);
        }
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path instanceof String uri) {
            try {
                problem.setInstance(URI.create(uri));
            } catch (IllegalArgumentException notAUri) {
                // a malformed path the client sent is left out rather than echoed
            }
        }
        return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
