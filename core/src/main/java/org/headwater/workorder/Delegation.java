package org.headwater.workorder;

import java.time.Instant;
import java.util.Objects;

/**
 * One person approves for another between two instants (a holiday, a shift swap).
 *
 * @param from the user whose approvals are delegated
 * @param to the user who approves instead (as well)
 * @param starts first instant it applies
 * @param ends first instant it no longer applies
 */
public record Delegation(String from, String to, Instant starts, Instant ends) {

    public Delegation {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("a delegation needs a from and a to user");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("to: " + to + " cannot delegate to themselves");
        }
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        if (!starts.isBefore(ends)) {
            throw new IllegalArgumentException(
                    "ends: a delegation must end after it starts (" + starts + " .. " + ends + ")");
        }
    }

    public boolean appliesAt(Instant at) {
        return !at.isBefore(starts) && at.isBefore(ends);
    }
}
