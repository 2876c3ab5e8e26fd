package org.headwater.app.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Appends logins to the audit trail: every failure, and a success once per user per
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
        trail.append(
                SECURITY,
                AuditAction.LOGIN_FAILED,
                event.getAuthentication().getName(),
                Map.of("reason", event.getException().getClass().getSimpleName()));
    }
}
