package org.headwater.app.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * Who may call the endpoints matching {@code patterns} with {@code method} ({@code null}: any method).
 *
 * @param access whether the rule is open to everyone, to any signed-in user or only to {@code roles}
 * @param roles the roles allowed when {@code access} is {@link Access#ROLES}; empty otherwise
 */
public record AccessRule(@Nullable HttpMethod method, List<String> patterns, Access access, Set<Role> roles) {

    public enum Access {
        PUBLIC,
        AUTHENTICATED,
        ROLES
    }

    public AccessRule {
        patterns = List.copyOf(patterns);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if ((access == Access.ROLES) == roles.isEmpty()) {
            throw new IllegalArgumentException("roles must be given exactly when access is ROLES: " + patterns);
        }
    }

    /** Whether a caller holding {@code callerRoles} (empty for an anonymous caller) passes this rule. */
    public boolean allows(boolean authenticated, Set<Role> callerRoles) {
        return switch (access) {
            case PUBLIC -> true;
            case AUTHENTICATED -> authenticated;
            case ROLES -> authenticated && callerRoles.stream().anyMatch(roles::contains);
        };
    }

    /** The method as written in the policy table. */
    public String methodName() {
        return method == null ? "any" : method.name();
    }
}
