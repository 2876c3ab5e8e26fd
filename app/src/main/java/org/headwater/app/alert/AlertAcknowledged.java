package org.headwater.app.alert;

import org.headwater.alert.Alert;

/** A person acknowledged an alert (EPA 5.2): published for the audit trail and, later, escalation. */
public record AlertAcknowledged(Alert alert, String acknowledgedBy) {}
