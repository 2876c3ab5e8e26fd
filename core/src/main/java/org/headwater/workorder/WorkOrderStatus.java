package org.headwater.workorder;

/** Where a work order is in its lifecycle; {@link WorkOrderTransitions} says which moves are allowed. */
public enum WorkOrderStatus {
    /** Written by a rule or model; under a read-only governance level it stays here, shown and never sent. */
    DRAFTED,
    AWAITING_APPROVAL,
    APPROVED,
    /** Turned down by a person, with a reason. */
    REJECTED,
    /** In the outbox, waiting for the CMMS connector. */
    QUEUED,
    SENT,
    /** The CMMS accepted it and gave its own number. */
    ACKNOWLEDGED,
    IN_PROGRESS,
    COMPLETED,
    /** Close-out notes came back from the CMMS. */
    CLOSED,
    CANCELLED,
    /** The connector gave up for now; visible and retryable. */
    SEND_FAILED;

    /** No further move is possible. */
    public boolean terminal() {
        return this == REJECTED || this == CLOSED || this == CANCELLED;
    }

    /** Still a live problem in the field or in the office: new alerts on the same problem attach to it. */
    public boolean open() {
        return !terminal() && this != COMPLETED;
    }

    /** Content may still be edited: nothing has left Headwater yet. */
    public boolean editable() {
        return this == DRAFTED || this == AWAITING_APPROVAL;
    }

    /** The CMMS holds the order and it is still open there: an edit is sent on to the CMMS. */
    public boolean editableInCmms() {
        return this == SENT || this == ACKNOWLEDGED || this == IN_PROGRESS;
    }

    /** An attempt to send it may have reached the CMMS: cancelling it must tell the CMMS. */
    public boolean mayBeInCmms() {
        return this == QUEUED || this == SEND_FAILED || editableInCmms();
    }
}
