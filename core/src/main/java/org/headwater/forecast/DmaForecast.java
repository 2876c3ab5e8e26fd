package org.headwater.forecast;

import java.time.Instant;
import java.util.List;

/**
 * The inflow forecast of one district metered area (or pressure zone) made at one origin.
 *
 * @param areaId the network element id of the DMA or pressure zone
 * @param origin the forecast uses inflows strictly before this instant; its first hour starts here
 * @param issuedAt when the forecast was made (the server's clock)
 * @param model which forecaster made it, e.g. {@code lightgbm-pooled} or a baseline's name
 * @param intervalLevel the probability the intervals are meant to cover, e.g. 0.9
 * @param hours consecutive hours from {@code origin}
 */
public record DmaForecast(
        String areaId, Instant origin, Instant issuedAt, String model, double intervalLevel, List<ForecastHour> hours) {

    public DmaForecast {
        if (areaId.isBlank()) {
            throw new IllegalArgumentException("areaId: must not be blank");
        }
        if (!(intervalLevel > 0 && intervalLevel < 1)) {
            throw new IllegalArgumentException("intervalLevel: must lie in (0, 1), was " + intervalLevel);
        }
        hours = List.copyOf(hours);
        if (hours.isEmpty() || !hours.getFirst().hour().equals(origin)) {
            throw new IllegalArgumentException("hours: must start at the origin " + origin + ", area " + areaId);
        }
        for (int i = 1; i < hours.size(); i++) {
            if (hours.get(i).hour().getEpochSecond() != hours.get(i - 1).hour().getEpochSecond() + 3600) {
                throw new IllegalArgumentException(
                        "hours: not consecutive at " + hours.get(i).hour() + ", area " + areaId);
            }
        }
    }
}
