package org.headwater.investigate;

import java.util.Objects;
import java.util.Set;
import org.headwater.telemetry.AlarmCode;

/**
 * The simple facts a data review gathers (EPA section 6.1 "Data Review"), from which
 * {@link LikelyCauses} suggests causes.
 *
 * @param alarms vendor alarm codes of the meter around the alert
 * @param meterRecentlyInstalledOrServiced the meter was installed, replaced or maintained recently
 * @param accountHistoryOfTampering the account has a history of tampering or water theft
 * @param otherBackflowMetersInZone other meters (or premises) with backflow alerts in the same zone around
 *     the alert time; alerts of other types do not count ("backflow alerts from multiple meters")
 * @param pressureEventsInZone pressure alerts or abnormal pressure readings in the zone around the alert time
 * @param workNearby utility work (flushing, hydrant testing, valve or pump operations) near the location
 */
public record EvidenceFacts(
        Set<AlarmCode> alarms,
        boolean meterRecentlyInstalledOrServiced,
        boolean accountHistoryOfTampering,
        int otherBackflowMetersInZone,
        int pressureEventsInZone,
        boolean workNearby) {

    public EvidenceFacts {
        alarms = Set.copyOf(Objects.requireNonNull(alarms, "alarms"));
        if (otherBackflowMetersInZone < 0) {
            throw new IllegalArgumentException(
                    "otherBackflowMetersInZone must not be negative: " + otherBackflowMetersInZone);
        }
        if (pressureEventsInZone < 0) {
            throw new IllegalArgumentException("pressureEventsInZone must not be negative: " + pressureEventsInZone);
        }
    }

    /** Nothing known beyond the alert itself. */
    public static EvidenceFacts none() {
        return new EvidenceFacts(Set.of(), false, false, 0, 0, false);
    }
}
