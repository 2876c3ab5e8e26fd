package org.headwater.app.forecast;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.headwater.analytics.demand.HourlySeries;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;

/**
 * An area's hourly inflow (L/s) from its stored FLOW readings: the mean of each sensor's readings
 * within the hour, summed over the area's inlet sensors. An hour without a reading from every
 * sensor is a gap ({@code NaN}); the forecasters skip gaps.
 */
public final class HourlyInflows {

    private final Readings readings;

    HourlyInflows(Readings readings) {
        this.readings = readings;
    }

    /** Hours {@code [from, to)}; both must be whole UTC hours. */
    public HourlySeries of(List<String> sensorIds, Instant from, Instant to) {
        int hours = (int) ((to.getEpochSecond() - from.getEpochSecond()) / 3600);
        double[] total = new double[hours];
        for (String sensorId : sensorIds) {
            double[] means = meansOf(readings.between(sensorId, Measurand.FLOW, from, to), from, hours);
            for (int h = 0; h < hours; h++) {
                total[h] += means[h];
            }
        }
        if (sensorIds.isEmpty()) {
            Arrays.fill(total, Double.NaN);
        }
        return new HourlySeries(from, total);
    }

    private static double[] meansOf(List<Reading> flow, Instant from, int hours) {
        double[] sum = new double[hours];
        int[] count = new int[hours];
        for (Reading reading : flow) {
            int h = (int) ((reading.time().getEpochSecond() - from.getEpochSecond()) / 3600);
            sum[h] += reading.value();
            count[h]++;
        }
        double[] means = new double[hours];
        for (int h = 0; h < hours; h++) {
            means[h] = count[h] == 0 ? Double.NaN : sum[h] / count[h];
        }
        return means;
    }
}
