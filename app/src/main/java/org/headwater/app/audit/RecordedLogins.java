package org.headwater.app.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.headwater.app.security.SignInThrottled;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Appends logins to the audit trail: every failure (with the client's address), every attempt refused by the
 * sign-in throttle, and a success once per user per
 * {@link #SUCCESS_INTERVAL} — scripts send HTTP basic credentials with every request, and one entry
 * per API call would bury the trail.
 */
@Component
class RecordedLogins {

    static final Duration SUCCESS_INTERVAL = Duration.ofMinutes(15);
    static final String SECURITY = "system:security";

    private final AuditTrail trail;
    private final Map<String, Instant> lastRecordedSuccess = new ConcurrentHashMap<>();

    RecordedLogins(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String user = event.getAuthentication().getName();
        Instant now = Instant.now();
        Instant last = lastRecordedSuccess.get(user);
        if (last != null && last.plus(SUCCESS_INTERVAL).isAfter(now)) {
            return;
        }
        lastRecordedSuccess.put(user, now);
        trail.append(user, AuditAction.LOGIN_SUCCEEDED, user, Map.of());
    }

    // The name tried may be anything typed into the form, so the platform is the actor, not that name.
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reason", event.getException().getClass().getSimpleName());
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null) {
            details.put("client", web.getRemoteAddress());
        }
        trail.append(
                SECURITY, AuditAction.LOGIN_FAILED, event.getAuthentication().getName(), details);
    }

    // Every refused attempt is kept: the trail shows how long and from where an account was under attack.
    @EventListener
    void onThrottled(SignInThrottled event) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("client", event.client());
        details.put("limit", event.scope().name().toLowerCase(Locale.ROOT));
        details.put("retryAfterSeconds", String.valueOf(event.retryAfter().toSeconds()));
        trail.append(SECURITY, AuditAction.LOGIN_THROTTLED, event.account(), details);
    }
}
