package org.headwater.workorder;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One status change the CMMS reports for an order Headwater sent.
 *
 * @param workOrderId Headwater's id (the CMMS's external reference)
 * @param cmmsNumber the CMMS's number
 * @param status the CMMS's status mapped to ours
 * @param cmmsStatus the CMMS's own status code
 * @param notes close-out or status memo text, when the CMMS has some
 * @param changedAt when the CMMS made the change
 */
public record CmmsStatusChange(
        String workOrderId,
        String cmmsNumber,
        WorkOrderStatus status,
        String cmmsStatus,
        @Nullable String notes,
        Instant changedAt) {

    public CmmsStatusChange {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(cmmsNumber, "cmmsNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cmmsStatus, "cmmsStatus");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
