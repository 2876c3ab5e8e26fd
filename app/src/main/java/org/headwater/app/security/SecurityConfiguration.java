package org.headwater.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Authorisation comes from {@link AccessPolicy}; anything it does not list is denied. Browsers log in with a
 * session (form login, CSRF-protected); scripts send HTTP basic credentials or an OpenID Connect bearer token on
 * each request, which no other site can forge, so those requests skip the CSRF token. Bearer tokens are accepted
 * only when a {@link JwtDecoder} is configured ({@code headwater.security.oidc.*}). Every answer carries a strict
 * Content-Security-Policy and the usual security headers; refusals are problem details; repeated failed
 * sign-ins are throttled ({@link SignInThrottle}). docs/security.md lists each threat and its test.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CSP = "Content-Security-Policy";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    @Bean
    SignInThrottle signInThrottle(SignInThrottleProperties limits) {
        return new SignInThrottle(limits, Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ObjectProvider<JwtDecoder> jwtDecoder,
            OidcRoleMapping oidcRoles,
            SignInThrottle throttle,
            ApplicationEventPublisher events,
            @Value("${headwater.map.tile-url:}") String tileUrl,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies)
            throws Exception {
        RequestMatcher browserStateChanges = request -> !hasAuthorizationHeader(request)
                && !isSignedCallback(request)
                && CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request);
        ProblemAuthenticationEntryPoint signInFirst = new ProblemAuthenticationEntryPoint();
        http.authorizeHttpRequests(registry -> {
                    AccessPolicy.rules().forEach(rule -> apply(registry, rule));
                    registry.anyRequest().denyAll();
                })
                .csrf(csrf -> csrf.spa()
                        .csrfTokenRepository(csrfCookie(secureCookies))
                        .requireCsrfProtectionMatcher(browserStateChanges))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class)
                // The dashboard's own sign-in page; it posts to /login with the CSRF token in a header.
                .formLogin(form -> form.loginPage("/login.html")
                        .loginProcessingUrl("/login")
                        .failureHandler(new SignInFailureHandler()))
                .httpBasic(basic -> basic.authenticationEntryPoint(signInFirst))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(signInFirst)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()))
                .headers(headers -> headers.addHeaderWriter(contentSecurityPolicy(tileUrl))
                        // Tile servers may ask for the referring site; never a page's path or query.
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frames -> frames.deny())
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        // Written only on answers over TLS (directly or through a proxy that says so).
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)));
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(
                    server -> server.authenticationEntryPoint(ProblemAuthenticationEntryPoint.forBearerTokens())
                            .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(oidcRoles::authenticationOf)));
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

    private static HeaderWriter contentSecurityPolicy(String tileUrl) {
        RequestMatcher apiExplorer = request ->
                request.getRequestURI().startsWith(request.getContextPath() + ContentSecurityPolicy.API_EXPLORER);
        HeaderWriter strict = new StaticHeadersWriter(CSP, ContentSecurityPolicy.directives(tileUrl));
        HeaderWriter explorer = new StaticHeadersWriter(CSP, ContentSecurityPolicy.apiExplorerDirectives(tileUrl));
        return (request, response) ->
                (apiExplorer.matches(request) ? explorer : strict).writeHeaders(request, response);
    }

    // The dashboard's scripts read this cookie, so it cannot be HttpOnly; SameSite keeps it off cross-site requests.
    private static CookieCsrfTokenRepository csrfCookie(boolean secureCookies) {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> {
            cookie.sameSite("Lax");
            if (secureCookies) {
                cookie.secure(true);
            }
        });
        return repository;
    }

    // The signature authenticates these and their handler never reads the session, so a forged cross-site
    // request gains nothing from the victim's cookie: there is nothing for a CSRF token to protect.
    private static boolean isSignedCallback(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + AccessPolicy.SIGNED_CALLBACKS);
    }

    private static boolean hasAuthorizationHeader(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }
}
