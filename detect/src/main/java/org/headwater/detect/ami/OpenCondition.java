package org.headwater.detect.ami;

/** An alert the chain knows to be active: its id and the detector that may clear it. */
record OpenCondition(String alertId, String detector) {}
