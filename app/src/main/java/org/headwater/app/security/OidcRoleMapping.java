package org.headwater.app.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Turns a verified token into a Headwater user: role names from the configured claim, matched to {@link Role}
 * ignoring case. Unknown names are ignored (an identity provider carries roles of many applications) and logged
 * once each, so a misspelt role shows up in the log without flooding it.
 */
@Component
class OidcRoleMapping {

    private static final Logger log = LoggerFactory.getLogger(OidcRoleMapping.class);

    private final OidcProperties properties;
    private final Set<String> reportedUnknown = ConcurrentHashMap.newKeySet();

    OidcRoleMapping(OidcProperties properties) {
        this.properties = properties;
    }

    AbstractAuthenticationToken authenticationOf(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String value : claimValues(jwt)) {
            Optional<Role> role = roleNamed(value);
            if (role.isPresent()) {
                authorities.add(new SimpleGrantedAuthority(role.get().authority()));
            } else if (reportedUnknown.add(value)) {
                log.warn(
                        "Ignoring unknown role '{}' in claim '{}' of OpenID Connect tokens",
                        value,
                        properties.rolesClaim());
            }
        }
        String name = jwt.hasClaim(properties.usernameClaim())
                ? jwt.getClaimAsString(properties.usernameClaim())
                : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, authorities, name);
    }

    static Optional<Role> roleNamed(String value) {
        String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role role : Role.values()) {
            if (role.name().equals(normalised)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private List<String> claimValues(Jwt jwt) {
        Object value = jwt.getClaims();
        for (String part : properties.rolesClaim().split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return List.of();
            }
            value = map.get(part);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            // Some providers send a single space- or comma-separated string instead of an array.
            return List.of(text.trim().split("[\\s,]+"));
        }
        return List.of();
    }
}
