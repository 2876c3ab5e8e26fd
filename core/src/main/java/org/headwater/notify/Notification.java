package org.headwater.notify;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One message to one contact about one alert, and how its delivery went. It names the contact by id
 * only: the address lives in {@link Contacts}.
 *
 * @param id stable id
 * @param alert what it is about
 * @param contactId who it goes to
 * @param role the role the contact was paged in
 * @param channel how it goes
 * @param kind first notice, escalation or reminder
 * @param state lifecycle state
 * @param attempts delivery attempts made
 * @param nextAttemptAt when the next attempt is due, while PENDING or RETRYING
 * @param lastError why the last attempt failed
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Notification(
        String id,
        AlertSummary alert,
        String contactId,
        String role,
        Channel channel,
        Page.Kind kind,
        NotificationState state,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        Instant updatedAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative: " + attempts);
        }
    }

    /** A new notification, due at once. */
    public static Notification pending(String id, AlertSummary alert, Contact contact, Page page, Instant now) {
        return new Notification(
                id,
                alert,
                contact.id(),
                page.role(),
                contact.channel(),
                page.kind(),
                NotificationState.PENDING,
                0,
                now,
                null,
                now,
                now);
    }

    public Notification sent(Instant at) {
        return move(NotificationState.SENT, attempts + 1, null, null, at);
    }

    /** A failed attempt: retried after the policy's backoff, or FAILED once the attempts are used up. */
    public Notification failed(String error, RetryPolicy retry, Instant at) {
        int made = attempts + 1;
        if (made >= retry.maxAttempts()) {
            return move(NotificationState.FAILED, made, null, error, at);
        }
        return move(NotificationState.RETRYING, made, at.plus(retry.backoffAfter(made)), error, at);
    }

    public Notification acknowledged(Instant at) {
        return move(NotificationState.ACKNOWLEDGED, attempts, null, lastError, at);
    }

    private Notification move(
            NotificationState next,
            int newAttempts,
            @Nullable Instant nextAttempt,
            @Nullable String error,
            Instant at) {
        NotificationStateChanges.check(id, state, next);
        return new Notification(
                id, alert, contactId, role, channel, kind, next, newAttempts, nextAttempt, error, createdAt, at);
    }
}
