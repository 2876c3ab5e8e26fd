package org.headwater.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** A refused request as problem details, saying whether the roles or the CSRF token were the reason. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String detail = denied instanceof CsrfException
                ? "the CSRF token is missing or wrong: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header"
                : "your roles do not allow " + request.getMethod() + " " + request.getRequestURI();
        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, detail);
    }
}
