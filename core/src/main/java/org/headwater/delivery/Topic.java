package org.headwater.delivery;

/** What kind of stored change an event reports; consumers subscribe to one topic. */
public enum Topic {
    /** A batch of readings and meter alarms was stored. */
    TELEMETRY,
    /** An alert was raised or cleared and recorded. */
    ALERTS
}
