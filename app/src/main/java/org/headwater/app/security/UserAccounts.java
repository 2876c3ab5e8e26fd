package org.headwater.app.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Local user accounts in the {@code app_user} table, passwords stored only as adaptive hashes. */
@Component
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    private final AuditTrail audit;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Creates a user; refuses weak passwords and existing names with a message naming the problem. */
    public void create(String username, String rawPassword, Set<Role> roles) {
        Objects.requireNonNull(username, "username");
        if (!username.matches("[a-zA-Z0-9._-]{2,64}")) {
            throw new IllegalArgumentException(
                    "username must be 2-64 letters, digits, '.', '_' or '-': '" + username + "'");
        }
        if (rawPassword.length() < 12) {
            throw new IllegalArgumentException("password for " + username + " must have at least 12 characters");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("user " + username + " needs at least one role");
        }
        if (exists(username)) {
            throw new IllegalArgumentException("user " + username + " already exists");
        }
        jdbc.sql("INSERT INTO app_user (username, password_hash, roles) VALUES (?, ?, ?::text[])")
                .params(username, passwordEncoder.encode(rawPassword), toArrayLiteral(roles))
                .update();
        audit.append("system:accounts", AuditAction.USER_CREATED, username, Map.of("roles", toArrayLiteral(roles)));
    }

    private static String toArrayLiteral(Set<Role> roles) {
        return "{" + String.join(",", roles.stream().map(Role::name).sorted().toList()) + "}";
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<UserDetails> found = jdbc.sql(
                        "SELECT username, password_hash, roles, enabled FROM app_user WHERE username = ?")
                .param(username)
                .query((rows, n) -> User.withUsername(rows.getString(1))
                        .password(rows.getString(2))
                        .authorities(Arrays.stream((String[]) rows.getArray(3).getArray())
                                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                                .toList())
                        .disabled(!rows.getBoolean(4))
                        .build())
                .list();
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("no user " + username);
        }
        return found.get(0);
    }
}
