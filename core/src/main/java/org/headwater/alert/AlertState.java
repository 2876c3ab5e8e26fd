package org.headwater.alert;

/**
 * Where an alert is in its life. Allowed moves are in {@link AlertStateChanges}: an alert is
 * raised {@code OPEN}, may be acknowledged, {@code CLEARED} when its condition ends (recorded with
 * the time), and {@code CLOSED} when an investigation is finished.
 */
public enum AlertState {
    OPEN,
    ACKNOWLEDGED,
    CLEARED,
    CLOSED;

    /** Whether the condition is still considered present (no second alert is raised for it). */
    public boolean active() {
        return this == OPEN || this == ACKNOWLEDGED;
    }
}
