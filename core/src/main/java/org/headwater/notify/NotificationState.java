package org.headwater.notify;

/** Where one delivery stands; {@link NotificationStateChanges} holds the allowed moves. */
public enum NotificationState {
    /** Waiting for its first attempt. */
    PENDING,
    /** Delivered to the channel. */
    SENT,
    /** An attempt failed; another is scheduled with backoff. */
    RETRYING,
    /** Every attempt failed; it stays visible until someone acts on it. */
    FAILED,
    /** The alert was acknowledged, so nothing more is delivered for it. */
    ACKNOWLEDGED
}
