package org.headwater.app.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * OpenID Connect sign-on for production: set {@code issuerUri} (keys found through the issuer's discovery
 * document) or {@code jwkSetUri}; with neither, only local users can sign in.
 *
 * @param issuerUri the identity provider's issuer; tokens from any other issuer are refused
 * @param jwkSetUri where the provider publishes its signing keys, when discovery is not used
 * @param rolesClaim the claim holding Headwater role names; a dotted name reaches into nested objects
 *     ({@code realm_access.roles})
 * @param usernameClaim the claim recorded as the user's name in the audit trail; the subject when absent
 */
@ConfigurationProperties("headwater.security.oidc")
public record OidcProperties(
        @Nullable String issuerUri,
        @Nullable String jwkSetUri,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("preferred_username") String usernameClaim) {

    static boolean isSet(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
