package org.headwater.alert;

/** How urgently an alert must be investigated; ordered from least to most urgent. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
