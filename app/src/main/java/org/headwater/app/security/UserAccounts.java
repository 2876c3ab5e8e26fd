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
        create(username, rawPassword, roles, "system:accounts");
    }

    /** Creates a user on behalf of {@code actor}, who is named in the audit trail. */
    public void create(String username, String rawPassword, Set<Role> roles, String actor) {
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
        audit.append(actor, AuditAction.USER_CREATED, username, Map.of("roles", toArrayLiteral(roles)));
    }

    /** One local user as the administrator sees it: never the password hash. */
    public record Account(String username, List<Role> roles, boolean enabled) {}

    public List<Account> list() {
        return jdbc.sql("SELECT username, roles, enabled FROM app_user ORDER BY username")
                .query((rows, n) -> new Account(
                        rows.getString(1),
                        Arrays.stream((String[]) rows.getArray(2).getArray())
                                .map(Role::valueOf)
                                .sorted()
                                .toList(),
                        rows.getBoolean(3)))
                .list();
    }

    /** Replaces the roles of {@code username}; the old and new roles go to the audit trail. */
    public void changeRoles(String username, Set<Role> roles, String actor) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("user " + username + " needs at least one role");
        }
        String old =
                existing(username).roles().stream().map(Role::name).toList().toString();
        jdbc.sql("UPDATE app_user SET roles = ?::text[] WHERE username = ?")
                .params(toArrayLiteral(roles), username)
                .update();
        audit.append(
                actor,
                AuditAction.USER_CHANGED,
                username,
                Map.of("old_roles", old, "new_roles", toArrayLiteral(roles)));
    }

    /** Disables {@code username}: the account can no longer sign in, its history stays. */
    public void disable(String username, String actor) {
        if (username.equals(actor)) {
            throw new IllegalArgumentException("username " + username + ": administrators cannot disable themselves");
        }
        existing(username);
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = ?")
                .param(username)
                .update();
        audit.append(actor, AuditAction.USER_CHANGED, username, Map.of("enabled", "false"));
    }

    private Account existing(String username) {
        return list().stream()
                .filter(account -> account.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new UnknownUserException(username));
    }

    /** A user name that has no account. */
    public static final class UnknownUserException extends java.util.NoSuchElementException {
        UnknownUserException(String username) {
            super("no user " + username);
        }
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
