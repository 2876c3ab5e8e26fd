package org.headwater.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Who has not signed in: a person opening a page in the browser is sent to the sign-in page; every other
 * caller (scripts, the dashboard's own fetches) gets a 401 as problem details. Scripts are told to use HTTP
 * basic; the dashboard's fetches ({@code X-Requested-With}) are not, or the browser would pop up its own
 * password dialog over the page.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String REALM = "Basic realm=\"Headwater\"";
    static final int RETRY_AFTER_SECONDS = 10;

    private final LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/login.html");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, jakarta.servlet.ServletException {
        if (failure instanceof InternalAuthenticationServiceException) {
            // The credentials could not be checked (the database is down): a 401 would tell a headend its
            // credentials are wrong and it would drop the batch; 503 says to send it again.
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            ProblemResponses.write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "the accounts cannot be read now (is the database down?); nothing was stored, send again later");
            return;
        }
        if (isPageNavigation(request)) {
            signInPage.commence(request, response, failure);
            return;
        }
        if (!isDashboardFetch(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
        }
        ProblemResponses.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "sign in first: send HTTP basic credentials or a bearer token, or sign in at /login.html");
    }

    /**
     * A refused bearer token: the resource server's own answer ({@code WWW-Authenticate: Bearer error=...}, per
     * RFC 6750) with the problem details body every other 401 has.
     */
    static AuthenticationEntryPoint forBearerTokens() {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, failure) -> {
            bearer.commence(request, response, failure);
            ProblemResponses.write(
                    request, response, HttpStatus.valueOf(response.getStatus()), "the bearer token was refused");
        };
    }

    private static boolean isPageNavigation(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE)
                && !isDashboardFetch(request)
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    private static boolean isDashboardFetch(HttpServletRequest request) {
        return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
    }
}
