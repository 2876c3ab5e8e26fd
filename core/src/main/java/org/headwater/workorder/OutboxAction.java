package org.headwater.workorder;

/** What the outbox still owes the CMMS for one order. */
public enum OutboxAction {
    /** Create the approved order (its queued status is the request; the entry holds the retry state). */
    SEND,
    /** Send the fields a person edited after the order reached the CMMS. */
    UPDATE,
    /** Tell the CMMS the order was cancelled in Headwater. */
    CANCEL
}
