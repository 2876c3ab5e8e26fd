package org.headwater.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * While the database is down the server cannot check a password. A headend that gets 401 thinks its
 * credentials are wrong and drops the batch (counted by `bench faults`, database-restart); it must be told
 * to send again, and the attempt must not count towards locking the account.
 */
class UnavailableAccountsTest {

    @Test
    void credentialsThatCouldNotBeCheckedGet503WithRetryAfterNot401() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/ingest/reads");
        request.addHeader("Authorization", "Basic aGVhZGVuZDpzZWNyZXQ=");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ProblemAuthenticationEntryPoint()
                .commence(
                        request,
                        response,
                        new InternalAuthenticationServiceException("Failed to obtain JDBC Connection"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503").contains("send again later");
    }

    @Test
    void wrongCredentialsStillGet401() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/ingest/reads");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ProblemAuthenticationEntryPoint()
                .commence(request, response, new BadCredentialsException("Bad credentials"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo(ProblemAuthenticationEntryPoint.REALM);
    }

    @Test
    void attemptsTheServerCouldNotCheckDoNotLockTheAccount() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
        SignInThrottle throttle =
                new SignInThrottle(new SignInThrottleProperties(5, 20, Duration.ofMinutes(15)), clock);
        for (int i = 0; i < 10; i++) {
            throttle.onFailure(new AuthenticationFailureServiceExceptionEvent(
                    attempt("headend"), new InternalAuthenticationServiceException("database down")));
        }
        assertThat(throttle.refusal("headend", "10.0.0.1")).isEmpty();

        for (int i = 0; i < 5; i++) {
            throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(
                    attempt("headend"), new BadCredentialsException("Bad credentials")));
        }
        assertThat(throttle.refusal("headend", "10.0.0.1")).isPresent();
    }

    private static UsernamePasswordAuthenticationToken attempt(String name) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(name, "secret");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.0.1");
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
