package org.headwater.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops password attempts — the sign-in form's {@code POST /login} and any request with HTTP basic
 * credentials — before they are checked, while {@link SignInThrottle} says the account or the address must
 * wait: 429 with {@code Retry-After} in seconds and problem details, and a {@link SignInThrottled} event for
 * the audit trail.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private static final String BASIC = "Basic ";

    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    SignInThrottleFilter(SignInThrottle throttle, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> account = accountTried(request);
        if (account.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        Optional<SignInThrottle.Refusal> refusal = throttle.refusal(account.get(), client);
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // Whole seconds, rounded up: a client waiting the number it was given is never refused again for it.
        long seconds = Math.max(1, (refusal.get().retryAfter().toMillis() + 999) / 1000);
        events.publishEvent(new SignInThrottled(
                account.get(), client, refusal.get().scope(), refusal.get().retryAfter()));
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        String whose = refusal.get().scope() == SignInThrottle.Scope.ACCOUNT ? "this account" : "this address";
        ProblemResponses.write(
                request,
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "too many failed sign-ins for " + whose + "; try again in " + seconds + " s");
    }

    private static Optional<String> accountTried(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basicUser(authorization.substring(BASIC.length()).trim());
        }
        if ("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        return Optional.empty();
    }

    // A header that does not decode is left to the basic filter, which refuses it with its own message.
    private static Optional<String> basicUser(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
