package org.headwater.workorder;

import java.util.Objects;

/**
 * What the CMMS answered to a sent order.
 *
 * @param cmmsNumber the CMMS's own work-order number (Maximo {@code wonum}, EAM {@code JOBNUM})
 * @param status the CMMS's status mapped to ours (usually {@link WorkOrderStatus#ACKNOWLEDGED})
 * @param cmmsStatus the CMMS's own status code, e.g. {@code WAPPR}
 * @param existed true when an earlier attempt had already created it
 */
public record CmmsReceipt(String cmmsNumber, WorkOrderStatus status, String cmmsStatus, boolean existed) {

    public CmmsReceipt {
        if (cmmsNumber == null || cmmsNumber.isBlank()) {
            throw new IllegalArgumentException("a CMMS receipt needs the CMMS's number");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cmmsStatus, "cmmsStatus");
    }
}
