package org.headwater.workorder;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One thing the outbox still owes the CMMS for one order, with its retry state.
 *
 * @param orderId the order
 * @param action what is owed
 * @param failures attempts that failed so far (0 before the first)
 * @param nextAttempt not before this instant
 * @param lastError the last attempt's error, null before any failed
 * @param fields for {@link OutboxAction#UPDATE}, the content fields edited since the CMMS last heard (names of
 *     {@link FieldChange#field()}); empty otherwise
 * @param reason for {@link OutboxAction#CANCEL}, why the order was cancelled; null otherwise
 * @param revision rises with every {@link CmmsOutbox#put}, so finishing an attempt never drops what was owed
 *     meanwhile (0 for an entry not stored yet)
 */
public record OutboxEntry(
        String orderId,
        OutboxAction action,
        int failures,
        Instant nextAttempt,
        @Nullable String lastError,
        Set<String> fields,
        @Nullable String reason,
        long revision) {

    public OutboxEntry {
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("orderId: an outbox entry needs an order");
        }
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(nextAttempt, "nextAttempt");
        if (failures < 0) {
            throw new IllegalArgumentException("failures: must be 0 or more, got " + failures);
        }
        fields = Collections.unmodifiableSortedSet(new TreeSet<>(fields));
    }

    /** The edited fields of an order already in the CMMS, owed from {@code at}. */
    public static OutboxEntry update(String orderId, Set<String> fields, Instant at) {
        return new OutboxEntry(orderId, OutboxAction.UPDATE, 0, at, null, fields, null, 0);
    }

    /** The cancellation of an order that may already be in the CMMS, owed from {@code at}. */
    public static OutboxEntry cancel(String orderId, String reason, Instant at) {
        return new OutboxEntry(orderId, OutboxAction.CANCEL, 0, at, null, Set.of(), reason, 0);
    }

    /** The retry state of a queued order after its first failed attempt. */
    public static OutboxEntry sendFailed(String orderId, String error, Instant retryAt) {
        return new OutboxEntry(orderId, OutboxAction.SEND, 1, retryAt, error, Set.of(), null, 0);
    }

    /** This entry after one more failed attempt, due again at {@code retryAt}. */
    public OutboxEntry failed(String error, Instant retryAt) {
        return new OutboxEntry(orderId, action, failures + 1, retryAt, error, fields, reason, revision);
    }

    /**
     * The entry to store when {@code later} is put over this stored one: an update owes both entries' fields, due at
     * once; any other action is replaced. Either way the revision rises.
     */
    public OutboxEntry overwrittenBy(OutboxEntry later) {
        if (action != OutboxAction.UPDATE) {
            return later.withRevision(revision + 1);
        }
        Set<String> all = new TreeSet<>(fields);
        all.addAll(later.fields);
        Instant due = nextAttempt.isBefore(later.nextAttempt) ? nextAttempt : later.nextAttempt;
        return new OutboxEntry(orderId, action, failures, due, lastError, all, later.reason, revision + 1);
    }

    public OutboxEntry withRevision(long newRevision) {
        return new OutboxEntry(orderId, action, failures, nextAttempt, lastError, fields, reason, newRevision);
    }

    public boolean dueAt(Instant now) {
        return !nextAttempt.isAfter(now);
    }
}
