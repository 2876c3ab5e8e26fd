package org.headwater.detect.ami;

import java.util.List;
import org.headwater.alert.AlertEvent;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectedRecord;

/**
 * What one step of the chain produced.
 *
 * @param alertEvents raised and cleared alerts, ordered by event time, then source, then type
 * @param rejected inputs for unknown meters or sensors, for the quarantine (reason UNKNOWN_METER)
 * @param lateReadings readings older than what was already detected for their meter (or re-sent
 *     copies of detected ones): not detected; see {@code docs/ami-surveillance.md} for replaying them
 * @param lateEvents meter events likewise
 */
public record DetectionResult(
        List<AlertEvent> alertEvents,
        List<RejectedRecord> rejected,
        List<Reading> lateReadings,
        List<MeterEvent> lateEvents) {

    public DetectionResult {
        alertEvents = List.copyOf(alertEvents);
        rejected = List.copyOf(rejected);
        lateReadings = List.copyOf(lateReadings);
        lateEvents = List.copyOf(lateEvents);
    }
}
