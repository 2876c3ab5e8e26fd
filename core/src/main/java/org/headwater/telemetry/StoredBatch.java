package org.headwater.telemetry;

/**
 * What storing one batch added: the counts a sink reports after commit (for metrics and benchmarks).
 *
 * @param newReadings readings stored for the first time
 * @param duplicateReadings readings already stored (re-sent copies), ignored
 * @param newAlarms meter alarms stored for the first time
 * @param quarantined refused records in the batch
 */
public record StoredBatch(long newReadings, long duplicateReadings, long newAlarms, int quarantined) {

    public static final StoredBatch NOTHING = new StoredBatch(0, 0, 0, 0);
}
