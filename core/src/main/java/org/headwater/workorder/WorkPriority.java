package org.headwater.workorder;

import org.headwater.alert.Severity;

/** How soon the work must happen; each priority has its own approval deadline (configured in {@link ApprovalDeadlines}). */
public enum WorkPriority {
    EMERGENCY,
    HIGH,
    MEDIUM,
    LOW;

    /** The priority an order drafted from an alert of this severity starts at. */
    public static WorkPriority of(Severity severity) {
        return switch (severity) {
            case CRITICAL -> EMERGENCY;
            case HIGH -> HIGH;
            case MEDIUM -> MEDIUM;
            case LOW -> LOW;
        };
    }

    /** The more urgent of the two. */
    public WorkPriority atLeast(WorkPriority other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
