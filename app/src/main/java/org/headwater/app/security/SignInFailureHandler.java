package org.headwater.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A refused form sign-in: a wrong password goes back to the sign-in page with {@code ?error}, as before; a
 * password the server could not check (no free database connection, the database down) is a 503 with
 * Retry-After, so the person is told to try again rather than that the password is wrong.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler wrongCredentials =
            new SimpleUrlAuthenticationFailureHandler("/login.html?error");

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (!(failure instanceof InternalAuthenticationServiceException)) {
            wrongCredentials.onAuthenticationFailure(request, response, failure);
            return;
        }
        int seconds = ProblemAuthenticationEntryPoint.RETRY_AFTER_SECONDS;
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        ProblemResponses.write(
                request,
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                "the password cannot be checked now (the database is busy or unavailable); try again in " + seconds
                        + " s");
    }
}
