package org.headwater.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-ins ({@code headwater.security.sign-in.*}): once an account or a client address has
 * failed this many times within {@code window}, further attempts are refused with 429 until the oldest of those
 * failures is older than the window. A successful sign-in clears the account's count (not the address's).
 *
 * @param maxFailuresPerAccount failed sign-ins of one user name allowed within the window
 * @param maxFailuresPerAddress failed sign-ins from one client address allowed within the window, whatever
 *     the names tried (password spraying)
 * @param window how far back failures count
 */
@ConfigurationProperties("headwater.security.sign-in")
public record SignInThrottleProperties(
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("PT15M") Duration window) {

    public SignInThrottleProperties {
        if (maxFailuresPerAccount < 1) {
            throw new IllegalArgumentException(
                    "headwater.security.sign-in.max-failures-per-account must be at least 1: " + maxFailuresPerAccount);
        }
        if (maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException(
                    "headwater.security.sign-in.max-failures-per-address must be at least 1: " + maxFailuresPerAddress);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("headwater.security.sign-in.window must be positive: " + window);
        }
    }
}
