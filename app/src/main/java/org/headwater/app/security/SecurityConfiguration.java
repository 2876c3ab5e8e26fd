package org.headwater.app.security;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Authorisation comes from {@link AccessPolicy}; anything it does not list is denied. Browsers log in with a
 * session (form login, CSRF-protected); scripts send HTTP basic credentials or an OpenID Connect bearer token on
 * each request, which no other site can forge, so those requests skip the CSRF token. Bearer tokens are accepted
 * only when a {@link JwtDecoder} is configured ({@code headwater.security.oidc.*}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, OidcRoleMapping oidcRoles) throws Exception {
        RequestMatcher browserStateChanges =
                request -> !hasAuthorizationHeader(request) && CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request);
        http.authorizeHttpRequests(registry -> {
                    AccessPolicy.rules().forEach(rule -> apply(registry, rule));
                    registry.anyRequest().denyAll();
                })
                .csrf(csrf -> csrf.spa().requireCsrfProtectionMatcher(browserStateChanges))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                // The dashboard's own sign-in page; it posts to /login with the CSRF token in a header.
                .formLogin(form -> form.loginPage("/login.html").loginProcessingUrl("/login"))
                .httpBasic(withDefaults());
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(server ->
                    server.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(oidcRoles::authenticationOf)));
        }
        return http.build();
    }

    private static void apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry,
            AccessRule rule) {
        String[] patterns = rule.patterns().toArray(String[]::new);
        var matched = rule.method() == null
                ? registry.requestMatchers(patterns)
                : registry.requestMatchers(rule.method(), patterns);
        switch (rule.access()) {
            case PUBLIC -> matched.permitAll();
            case AUTHENTICATED -> matched.authenticated();
            case ROLES ->
                matched.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
        }
    }

    private static boolean hasAuthorizationHeader(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }
}
