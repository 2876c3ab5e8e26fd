package org.headwater.detect.ami;

import java.time.LocalDate;

/**
 * One utility day of one meter (in the utility's time zone, so DST days have 23 or 25 hours):
 * forward and reverse volume and how many intervals carried flow. A reading at exactly midnight
 * closes the day it ends, because its volume flowed before midnight.
 */
public final class UseDay {

    /** Night intervals end at these local hours: when a household rarely uses water and a leak still flows. */
    static final int NIGHT_FIRST_HOUR = 2;

    static final int NIGHT_LAST_HOUR = 5;

    private final UtilityDays days;
    long startMillis = Long.MIN_VALUE;
    long endMillis = Long.MIN_VALUE;
    LocalDate date = LocalDate.EPOCH;
    double forwardLitres;
    double reverseLitres;
    int intervals;
    int flowingIntervals;
    int nightIntervals;
    int nightFlowingIntervals;

    UseDay(UtilityDays days) {
        this.days = days;
    }

    /** Whether a reading at {@code timeMillis} falls after this day (a new day starts). */
    boolean isAfter(long timeMillis) {
        return timeMillis > endMillis;
    }

    void startAt(long timeMillis) {
        UtilityDays.Day day = days.containing(timeMillis - 1);
        date = day.date();
        startMillis = day.startMillis();
        endMillis = day.endMillis();
        forwardLitres = 0;
        reverseLitres = 0;
        intervals = 0;
        flowingIntervals = 0;
        nightIntervals = 0;
        nightFlowingIntervals = 0;
    }

    void add(long timeMillis, double litres, double noiseLitres) {
        intervals++;
        // Hours since local midnight at the interval's end (one off after a DST change: close enough for "night").
        long hour = (timeMillis - startMillis) / Millis.HOUR;
        boolean night = hour >= NIGHT_FIRST_HOUR && hour <= NIGHT_LAST_HOUR;
        if (night) {
            nightIntervals++;
        }
        boolean flowing = litres > noiseLitres || litres < -noiseLitres;
        if (litres > noiseLitres) {
            forwardLitres += litres;
        } else if (litres < -noiseLitres) {
            reverseLitres -= litres;
        }
        if (flowing) {
            flowingIntervals++;
            if (night) {
                nightFlowingIntervals++;
            }
        }
    }

    /** Share of the night intervals (ending 02:00-05:00) that carried flow; 0 without night data. */
    public double nightFlowingShare() {
        return nightIntervals == 0 ? 0 : nightFlowingIntervals / (double) nightIntervals;
    }

    /** At least half of the day's expected intervals arrived; detectors judge only such days. */
    public boolean complete(long readIntervalMillis) {
        long expected = Math.max(1, (endMillis - startMillis) / readIntervalMillis);
        return intervals * 2L >= expected;
    }

    public LocalDate date() {
        return date;
    }

    public long endMillis() {
        return endMillis;
    }

    public double forwardLitres() {
        return forwardLitres;
    }

    public double reverseLitres() {
        return reverseLitres;
    }

    /** Net consumption: forward minus reverse. */
    public double netLitres() {
        return forwardLitres - reverseLitres;
    }

    public int intervals() {
        return intervals;
    }

    public int flowingIntervals() {
        return flowingIntervals;
    }

    public boolean weekend() {
        return date.getDayOfWeek().getValue() >= 6;
    }
}
