package org.headwater.app.security;

import org.jspecify.annotations.Nullable;

/** Where the {@code admin} user's password came from, so the sign-in page can say where to find it. */
public enum AdminPasswordOrigin {
    /** Generated and printed on the console when this run of Headwater created the account. */
    GENERATED,
    /** Taken from {@code HEADWATER_ADMIN_PASSWORD} when this run created the account. */
    CONFIGURED,
    /** The account was created by an earlier run; only its hash is stored. */
    EARLIER;

    /** The origin when this run created the account, with {@code configured} the password set in advance, if any. */
    static AdminPasswordOrigin ofNewAccount(@Nullable String configured) {
        return configured == null || configured.isBlank() ? GENERATED : CONFIGURED;
    }

    /** One sentence for the sign-in page. */
    public String notice() {
        return switch (this) {
            case GENERATED ->
                "The administrator is admin; its password was generated and printed once on the console when"
                        + " Headwater created the account.";
            case CONFIGURED -> "The administrator is admin; its password is the one set in HEADWATER_ADMIN_PASSWORD.";
            case EARLIER ->
                "The administrator is admin; its password was set when the account was first created"
                        + " (printed on the console then, or taken from HEADWATER_ADMIN_PASSWORD).";
        };
    }
}
