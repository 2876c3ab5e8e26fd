package org.headwater.workorder;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an order's history: a status move, an edit (with its field changes) or evidence attached.
 *
 * @param orderId the order
 * @param version the order's version after this change
 * @param at when
 * @param actor a user, {@code system:<component>} or {@link WorkOrder#AUTOMATIC}
 * @param from the status before, null for the draft itself
 * @param to the status after
 * @param note a reason, an error, or what was attached
 * @param changes the fields an edit changed; empty for other entries
 */
public record WorkOrderEvent(
        String orderId,
        long version,
        Instant at,
        String actor,
        @Nullable WorkOrderStatus from,
        WorkOrderStatus to,
        String note,
        List<FieldChange> changes) {

    public WorkOrderEvent {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(to, "to");
        note = note == null ? "" : note;
        changes = List.copyOf(changes);
    }

    /** The entry for {@code after}, which was {@code before} (or nothing, for a new draft). */
    public static WorkOrderEvent of(@Nullable WorkOrder before, WorkOrder after, String actor, String note) {
        return new WorkOrderEvent(
                after.id(),
                after.version(),
                after.updatedAt(),
                actor,
                before == null ? null : before.status(),
                after.status(),
                note,
                List.of());
    }
}
