package org.headwater.workorder;

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
