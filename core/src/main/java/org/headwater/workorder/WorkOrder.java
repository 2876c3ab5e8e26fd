package org.headwater.workorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One work order, from the draft a rule or model wrote to its close-out in the CMMS. Immutable: each move returns
 * the order in its next status and refuses moves {@link WorkOrderTransitions} does not allow.
 *
 * @param id Headwater's id, also sent to the CMMS as its external reference (idempotency)
 * @param version rises by one with every change; a stale version is refused (optimistic lock)
 * @param content what the crew is asked to do, where and why
 * @param source the rule, model or person that drafted it
 * @param problem the one problem in the field it is about: alerts on the same problem attach here
 * @param status where it is in its lifecycle
 * @param createdAt when it was drafted
 * @param updatedAt when it last changed
 * @param cmmsReference the CMMS's own number, once acknowledged
 * @param decidedBy who approved or rejected it ({@link #AUTOMATIC} for the automatic governance level)
 * @param reason why it was rejected or cancelled, or why sending failed
 * @param closeOutNotes the crew's notes, synced back from the CMMS
 */
public record WorkOrder(
        String id,
        long version,
        WorkOrderContent content,
        WorkSource source,
        ProblemKey problem,
        WorkOrderStatus status,
        Instant createdAt,
        Instant updatedAt,
        @Nullable String cmmsReference,
        @Nullable String decidedBy,
        @Nullable String reason,
        @Nullable String closeOutNotes) {

    /** Who approved an order the automatic governance level let through. */
    public static final String AUTOMATIC = "governance:automatic";

    public WorkOrder {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a work order needs an id");
        }
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("work order " + id + " version must be >= 1, was " + version);
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("work order " + id + " updated before it was created");
        }
    }

    /** A new draft at version 1. */
    public static WorkOrder draft(
            String id, WorkOrderContent content, WorkSource source, ProblemKey problem, Instant at) {
        return new WorkOrder(id, 1, content, source, problem, WorkOrderStatus.DRAFTED, at, at, null, null, null, null);
    }

    /** Assisted governance: the draft goes to the approval queue. */
    public WorkOrder submitForApproval(Instant at) {
        return moved(WorkOrderStatus.AWAITING_APPROVAL, at, decidedBy, reason);
    }

    public WorkOrder approve(String by, Instant at) {
        requireText(by, "approver");
        // a person approves only what is in the queue: a read-only draft is never sent
        if (status != WorkOrderStatus.AWAITING_APPROVAL) {
            throw new WorkOrderTransitions.IllegalWorkOrderMove(id, status, WorkOrderStatus.APPROVED);
        }
        return moved(WorkOrderStatus.APPROVED, at, by, null);
    }

    /** Automatic governance: the policy approves a draft of a low-risk type itself. */
    public WorkOrder approveAutomatically(Instant at) {
        if (status != WorkOrderStatus.DRAFTED) {
            throw new WorkOrderTransitions.IllegalWorkOrderMove(id, status, WorkOrderStatus.APPROVED);
        }
        return moved(WorkOrderStatus.APPROVED, at, AUTOMATIC, null);
    }

    public WorkOrder reject(String by, String why, Instant at) {
        requireText(by, "rejecting user");
        requireText(why, "rejection reason");
        return moved(WorkOrderStatus.REJECTED, at, by, why);
    }

    public WorkOrder queue(Instant at) {
        return moved(WorkOrderStatus.QUEUED, at, decidedBy, null);
    }

    public WorkOrder sent(Instant at) {
        return moved(WorkOrderStatus.SENT, at, decidedBy, null);
    }

    public WorkOrder sendFailed(String error, Instant at) {
        requireText(error, "send error");
        return moved(WorkOrderStatus.SEND_FAILED, at, decidedBy, error);
    }

    /** The CMMS took the order under its own number. */
    public WorkOrder acknowledged(String cmmsNumber, Instant at) {
        requireText(cmmsNumber, "CMMS number");
        WorkOrderTransitions.check(id, status, WorkOrderStatus.ACKNOWLEDGED);
        return next(content, WorkOrderStatus.ACKNOWLEDGED, at, cmmsNumber, decidedBy, reason, closeOutNotes);
    }

    /**
     * A status the CMMS reports (in progress, completed, closed, cancelled), with the crew's notes when it sends
     * them. Reporting the status the order already has only adds the notes. Notes are never erased: new text is
     * added after what the crew wrote earlier, and text the order already holds is not added twice.
     */
    public WorkOrder synced(WorkOrderStatus reported, @Nullable String cmmsNumber, @Nullable String notes, Instant at) {
        String number = cmmsNumber != null ? cmmsNumber : cmmsReference;
        String allNotes = withNotes(closeOutNotes, notes);
        if (reported == status) {
            if (Objects.equals(number, cmmsReference) && Objects.equals(allNotes, closeOutNotes)) {
                return this;
            }
        } else {
            WorkOrderTransitions.check(id, status, reported);
        }
        return next(content, reported, at, number, decidedBy, reason, allNotes);
    }

    public WorkOrder cancel(String by, String why, Instant at) {
        requireText(by, "cancelling user");
        requireText(why, "cancellation reason");
        return moved(WorkOrderStatus.CANCELLED, at, by, why);
    }

    /**
     * The order with new content, before anything left Headwater or while the CMMS holds it open (the outbox then
     * sends the changed fields on); the changes name each field and its old and new value so the edit can be audited.
     */
    public Edited edit(WorkOrderContent edited, Instant at) {
        Objects.requireNonNull(edited, "edited");
        if (!status.editable() && !status.editableInCmms()) {
            throw new IllegalStateException("work order " + id + " is " + status + " and can no longer be edited");
        }
        List<FieldChange> changes = content.changesTo(edited);
        if (changes.isEmpty()) {
            return new Edited(this, changes);
        }
        return new Edited(next(edited, status, at, cmmsReference, decidedBy, reason, closeOutNotes), changes);
    }

    /** The order with more evidence: a new alert on the same problem. Unchanged when it adds nothing. */
    public WorkOrder attach(WorkEvidence more, Instant at) {
        if (content.evidence().covers(more)) {
            return this;
        }
        return next(
                content.withEvidence(content.evidence().with(more)),
                status,
                at,
                cmmsReference,
                decidedBy,
                reason,
                closeOutNotes);
    }

    private WorkOrder moved(WorkOrderStatus to, Instant at, @Nullable String by, @Nullable String why) {
        WorkOrderTransitions.check(id, status, to);
        return next(content, to, at, cmmsReference, by, why, closeOutNotes);
    }

    /** This order one version on, with what changed. */
    private WorkOrder next(
            WorkOrderContent newContent,
            WorkOrderStatus newStatus,
            Instant at,
            @Nullable String newCmmsReference,
            @Nullable String newDecidedBy,
            @Nullable String newReason,
            @Nullable String newNotes) {
        return new WorkOrder(
                id,
                version + 1,
                newContent,
                source,
                problem,
                newStatus,
                createdAt,
                later(at),
                newCmmsReference,
                newDecidedBy,
                newReason,
                newNotes);
    }

    // a clock that steps back (another node, a replay) must not make an order updated before it was created
    private Instant later(Instant at) {
        Objects.requireNonNull(at, "at");
        return at.isBefore(updatedAt) ? updatedAt : at;
    }

    /**
     * The notes after the CMMS sent {@code incoming}: a replay or a part already held adds nothing, a longer text that
     * holds the earlier one (a work log that grew) replaces it, anything else is added on a new line.
     */
    static @Nullable String withNotes(@Nullable String held, @Nullable String incoming) {
        if (incoming == null || incoming.isBlank()) {
            return held;
        }
        String fresh = incoming.strip();
        if (held == null || held.isBlank() || fresh.contains(held)) {
            return fresh;
        }
        return held.contains(fresh) ? held : held + "\n" + fresh;
    }

    private static void requireText(@Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + what + " is required");
        }
    }

    /** An edited order and what the edit changed. */
    public record Edited(WorkOrder order, List<FieldChange> changes) {
        public Edited {
            changes = List.copyOf(new ArrayList<>(changes));
        }
    }
}
