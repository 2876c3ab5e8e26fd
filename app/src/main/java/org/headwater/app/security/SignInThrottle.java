package org.headwater.app.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Counts failed password sign-ins (form login and HTTP basic) per account and per client address, from the
 * authentication events Spring Security publishes, and says when the next attempt must wait. Wall-clock time,
 * not the demo's replay clock: the limits protect real accounts in real minutes.
 */
public class SignInThrottle {

    /** Which limit refused an attempt. */
    public enum Scope {
        ACCOUNT,
        ADDRESS
    }

    /** The attempt must wait {@code retryAfter} because of the {@code scope} limit. */
    public record Refusal(Scope scope, Duration retryAfter) {}

    private final FailureWindow accounts;
    private final FailureWindow addresses;
    private final Clock clock;

    SignInThrottle(SignInThrottleProperties limits, Clock clock) {
        this.accounts = new FailureWindow(limits.maxFailuresPerAccount(), limits.window());
        this.addresses = new FailureWindow(limits.maxFailuresPerAddress(), limits.window());
        this.clock = clock;
    }

    /** Why an attempt for {@code account} from {@code address} must wait, or empty when it may go ahead. */
    Optional<Refusal> refusal(String account, String address) {
        var now = clock.instant();
        Optional<Refusal> byAccount = accounts.waitFor(key(account), now).map(wait -> new Refusal(Scope.ACCOUNT, wait));
        return byAccount.or(() -> addresses.waitFor(address, now).map(wait -> new Refusal(Scope.ADDRESS, wait)));
    }

    void failed(String account, String address) {
        var now = clock.instant();
        accounts.failed(key(account), now);
        addresses.failed(address, now);
    }

    void succeeded(String account) {
        accounts.clear(key(account));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        // Bearer tokens are not guessed passwords; only user name and password attempts count, and not
        // attempts the server could not check (its account store was unavailable).
        if (!(event.getException() instanceof InternalAuthenticationServiceException)
                && event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt
                && attempt.getDetails() instanceof WebAuthenticationDetails details) {
            failed(attempt.getName(), String.valueOf(details.getRemoteAddress()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    // Names are compared without case, so "Admin" and "admin" share one count.
    private static String key(String account) {
        return account.toLowerCase(Locale.ROOT);
    }
}
