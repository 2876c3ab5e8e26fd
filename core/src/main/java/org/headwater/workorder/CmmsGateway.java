package org.headwater.workorder;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The utility's CMMS/EAM (IBM Maximo, HxGN EAM, or anything behind a webhook), as the work-order outbox sees it.
 * Implementations must be idempotent: sending an order the CMMS already holds (an earlier attempt timed out after
 * the CMMS accepted it) returns the existing record, never a second one.
 */
public interface CmmsGateway {

    /** A short name for logs and the audit trail, e.g. {@code maximo}. */
    String name();

    /**
     * Creates the order in the CMMS, or finds the one an earlier attempt created (by Headwater's id).
     *
     * @throws CmmsUnavailable when the CMMS cannot be reached or answers with a server error: try again later
     * @throws CmmsRejected when the CMMS refuses the order itself: retrying the same order will not help
     */
    CmmsReceipt send(WorkOrder order) throws CmmsUnavailable, CmmsRejected;

    /**
     * Creates an order no earlier attempt can have reached: the caller has just moved it from {@code APPROVED} to
     * {@code QUEUED} itself, and an approved order was never queued before (the lifecycle table has no way back to
     * {@code APPROVED}), so the CMMS cannot hold it and the lookup by Headwater's id may be skipped. Every later
     * attempt goes through {@link #send}. By default the same as {@link #send}.
     *
     * @throws CmmsUnavailable when the CMMS cannot be reached or answers with a server error: try again later
     * @throws CmmsRejected when the CMMS refuses the order itself: retrying the same order will not help
     */
    default CmmsReceipt sendFirstAttempt(WorkOrder order) throws CmmsUnavailable, CmmsRejected {
        return send(order);
    }

    /**
     * Sends the current values of the fields a person edited after the order reached the CMMS ({@link
     * FieldChange#field()} names; fields the CMMS does not hold are skipped).
     *
     * @return the record after the change; empty when the CMMS holds no record of the order
     * @throws CmmsUnavailable when the CMMS cannot be reached: try again later
     * @throws CmmsRejected when the CMMS refuses the change, or this gateway cannot change an order it sent
     */
    default Optional<CmmsReceipt> update(WorkOrder order, Set<String> fields) throws CmmsUnavailable, CmmsRejected {
        throw new CmmsRejected(name() + " cannot change an order it sent");
    }

    /**
     * Tells the CMMS the order was cancelled in Headwater, with the reason (cut to what the CMMS takes).
     *
     * @return the record after the change; empty when the CMMS holds no record of the order (it never arrived)
     * @throws CmmsUnavailable when the CMMS cannot be reached: try again later
     * @throws CmmsRejected when the CMMS refuses the change (e.g. the work is already finished there), or this gateway
     *     cannot cancel an order it sent
     */
    default Optional<CmmsReceipt> cancel(WorkOrder order, String reason) throws CmmsUnavailable, CmmsRejected {
        throw new CmmsRejected(name() + " cannot cancel an order it sent");
    }

    /**
     * The status changes the CMMS made since {@code cursor} (null: since the beginning), oldest first, with the cursor
     * to ask from next time. Only orders Headwater sent are reported.
     *
     * @throws CmmsUnavailable when the CMMS cannot be reached
     */
    CmmsChanges changesSince(@Nullable String cursor) throws CmmsUnavailable;

    /** The CMMS could not be reached or failed on its side; the same request may succeed later. */
    final class CmmsUnavailable extends Exception {
        public CmmsUnavailable(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /** The CMMS refused the request itself (a validation error); the message is the CMMS's own. */
    final class CmmsRejected extends Exception {
        public CmmsRejected(String message) {
            super(message);
        }
    }
}
