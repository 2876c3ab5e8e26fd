package org.headwater.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

class SignInFailureHandlerTest {

    private final SignInFailureHandler handler = new SignInFailureHandler();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aWrongPasswordGoesBackToTheSignInPageWithTheError() throws Exception {
        handler.onAuthenticationFailure(request, response, new BadCredentialsException("Bad credentials"));

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login.html?error");
    }

    @Test
    void aPasswordTheServerCouldNotCheckIsA503ToTryAgainNotAWrongPassword() throws Exception {
        handler.onAuthenticationFailure(
                request, response, new InternalAuthenticationServiceException("Failed to obtain JDBC Connection"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(response.getContentAsString())
                .contains("cannot be checked now")
                .contains("try again in 10 s")
                .doesNotContain("JDBC");
    }
}
