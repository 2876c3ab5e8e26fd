package org.headwater.alert;

import java.util.List;
import java.util.Objects;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;

/**
 * What made a detector raise an alert: the readings and alarm codes it looked at and one line
 * with the numbers it compared (value against threshold), for the data review of EPA section 6.
 */
public record Evidence(List<Reading> readings, List<MeterEvent> events, String summary) {

    public Evidence {
        readings = List.copyOf(readings);
        events = List.copyOf(events);
        Objects.requireNonNull(summary, "summary");
    }

    public static Evidence of(Reading reading, String summary) {
        return new Evidence(List.of(reading), List.of(), summary);
    }

    public static Evidence of(MeterEvent event, String summary) {
        return new Evidence(List.of(), List.of(event), summary);
    }

    public static Evidence summary(String summary) {
        return new Evidence(List.of(), List.of(), summary);
    }
}
