package org.headwater.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The bearer-token decoder, present only when an identity provider is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(
        "'${headwater.security.oidc.issuer-uri:}' != '' or '${headwater.security.oidc.jwk-set-uri:}' != ''")
class OidcConfiguration {

    @Bean
    JwtDecoder jwtDecoder(OidcProperties oidc) {
        // Keys are fetched on first use, so Headwater starts even while the identity provider is down.
        NimbusJwtDecoder decoder = OidcProperties.isSet(oidc.jwkSetUri())
                ? NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri()).build()
                : NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri()).build();
        OAuth2TokenValidator<Jwt> validator = OidcProperties.isSet(oidc.issuerUri())
                ? JwtValidators.createDefaultWithIssuer(oidc.issuerUri())
                : JwtValidators.createDefault();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validator));
        return decoder;
    }
}
