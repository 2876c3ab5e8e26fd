package org.headwater.detect.ami;

/** An alert the chain knows to be active: its id, the detector that may clear it, and when it was raised. */
record OpenCondition(String alertId, String detector, long raisedAtMillis) {}
