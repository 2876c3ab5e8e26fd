package org.headwater.app.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.headwater.app.security.Role;
import org.headwater.app.security.UserAccounts;
import org.headwater.app.security.UserAccounts.Account;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Local user accounts: listed without password hashes, created, given roles and disabled, each change audited. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record NewUser(
            @Nullable String username,
            @Nullable String password,
            @Nullable List<String> roles) {}

    record RoleChange(@Nullable List<String> roles) {}

    @GetMapping
    List<Account> users() {
        return accounts.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Account create(@RequestBody NewUser user, Authentication caller) {
        if (user.username() == null || user.password() == null) {
            throw new IllegalArgumentException("username and password are required");
        }
        Set<Role> roles = rolesOf(user.roles());
        accounts.create(user.username(), user.password(), roles, caller.getName());
        return new Account(user.username(), roles.stream().sorted().toList(), true);
    }

    @PutMapping("/{name}/roles")
    void changeRoles(@PathVariable String name, @RequestBody RoleChange change, Authentication caller) {
        accounts.changeRoles(name, rolesOf(change.roles()), caller.getName());
    }

    @PostMapping("/{name}/disable")
    void disable(@PathVariable String name, Authentication caller) {
        accounts.disable(name, caller.getName());
    }

    private static Set<Role> rolesOf(@Nullable List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("roles must name at least one of " + List.of(Role.values()));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("roles: unknown role '" + name + "'", e);
            }
        }
        return roles;
    }
}
