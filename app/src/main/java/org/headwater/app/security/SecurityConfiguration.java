package org.headwater.app.security;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every endpoint has an explicit rule. Browsers log in with a session (form login, CSRF-protected);
 * scripts send HTTP basic credentials on each request, which no other site can forge, so those
 * requests skip the CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        RequestMatcher browserStateChanges =
                request -> !hasAuthorizationHeader(request) && CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request);
        http.authorizeHttpRequests(rules -> rules.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/login", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/v1/thresholds", "/api/v1/thresholds/**")
                        .hasAnyRole(Role.ADMINISTRATOR.name(), Role.AMI_MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/risk/runs")
                        .hasAnyRole(Role.ADMINISTRATOR.name(), Role.DISTRIBUTION_SUPERINTENDENT.name())
                        .requestMatchers("/api/v1/audit", "/api/v1/audit/**")
                        .hasAnyRole(Role.ADMINISTRATOR.name(), Role.COMPLIANCE_OFFICER.name())
                        .requestMatchers("/api/v1/**")
                        .authenticated()
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(browserStateChanges))
                .formLogin(withDefaults())
                .httpBasic(withDefaults());
        return http.build();
    }

    private static boolean hasAuthorizationHeader(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }
}
