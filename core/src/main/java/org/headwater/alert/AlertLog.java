package org.headwater.alert;

import java.util.List;

/**
 * Records what the detectors emitted and, in the same transaction, publishes each event once for
 * delivery to the alert consumers (grouping, live screens, escalation, audit). An event recorded
 * before (a replayed detection) is neither recorded nor published again.
 */
public interface AlertLog {

    /** @return the events that were new and are now published, in the given order */
    List<AlertEvent> record(List<AlertEvent> events);
}
