package org.headwater.app.security;

import java.security.SecureRandom;
import java.util.EnumSet;
import org.headwater.app.config.HeadwaterProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code admin} user on first start: the password comes from {@code HEADWATER_ADMIN_PASSWORD}
 * ({@code headwater.admin-password}) when set, otherwise one is generated and printed once. Later starts
 * leave the account alone (only its hash is stored, so the password cannot be shown again).
 */
@Component
@Order(0)
class AdminAccountInitializer implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccounts accounts;
    private final HeadwaterProperties properties;
    // Until the runner has run (the server already answers), the account may exist from an earlier start.
    private volatile AdminPasswordOrigin passwordOrigin = AdminPasswordOrigin.EARLIER;

    AdminAccountInitializer(UserAccounts accounts, HeadwaterProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(ADMIN)) {
            return;
        }
        String configured = properties.adminPassword();
        AdminPasswordOrigin origin = AdminPasswordOrigin.ofNewAccount(configured);
        boolean generated = origin == AdminPasswordOrigin.GENERATED;
        String password = generated ? generatePassword() : configured;
        accounts.create(ADMIN, password, EnumSet.of(Role.ADMINISTRATOR));
        passwordOrigin = origin;
        if (generated) {
            System.out.println();
            System.out.println("  Created user 'admin' with the generated password: " + password);
            System.out.println(
                    "  It is shown only this once; set HEADWATER_ADMIN_PASSWORD before the first start to choose it.");
            System.out.println();
        }
    }

    /** Where the admin password came from, as far as this run knows. */
    AdminPasswordOrigin passwordOrigin() {
        return passwordOrigin;
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
