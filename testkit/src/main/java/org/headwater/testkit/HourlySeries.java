package org.headwater.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;

/**
 * Regular readings of one source: {@code HourlySeries.of("m1", start, 48, h -> h % 24 == 7 ? 80 : 0)}
 * gives 48 hourly interval volumes, the {@code h}-th at {@code start + (h + 1) hours} (a reading closes its interval).
 */
public final class HourlySeries {

    private HourlySeries() {}

    public static List<Reading> of(String sourceId, Instant start, int hours, IntToDoubleFunction litresAtHour) {
        return of(sourceId, Measurand.INTERVAL_VOLUME, start, Duration.ofHours(1), hours, litresAtHour);
    }

    public static List<Reading> of(
            String sourceId, Measurand measurand, Instant start, Duration step, int count, IntToDoubleFunction value) {
        List<Reading> readings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            readings.add(
                    new Reading(sourceId, measurand, start.plus(step.multipliedBy(i + 1L)), value.applyAsDouble(i)));
        }
        return readings;
    }
}
