package org.headwater.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * One link of an escalation chain: {@code role} is notified {@code after} the alert was raised if
 * nobody has acknowledged it by then.
 */
public record EscalationStep(String role, Duration after) {
    public EscalationStep {
        Objects.requireNonNull(after, "after");
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("escalation step role must not be blank");
        }
        if (after.isNegative()) {
            throw new IllegalArgumentException("escalation step " + role + ": after must not be negative: " + after);
        }
    }
}
