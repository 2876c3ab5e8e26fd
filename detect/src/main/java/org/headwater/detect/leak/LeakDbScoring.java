package org.headwater.detect.leak;

/**
 * LeakDB's scoring (its {@code scoring_algorithm.m}, paper §3), accumulated scenario by scenario.
 *
 * <p>Every step of every scenario counts once as TP, FP, TN or FN. Each run of leak labels is a
 * leak window (overlapping leaks make one, as the labels do): from its first step {@code tf} to
 * its last step plus {@code tw_ex} = 10 steps (fewer at the end of the series), {@code τ} = last
 * − first index of that window. With {@code x} the offset of the first alarm in it, the window
 * scores σ = 2 / (1 + e^{(5/τ)·x}) if more than 75 % of the steps from that alarm to the window's
 * end are alarms, else 0; S_ED averages σ over all windows. Two departures from the MATLAB, both
 * where it misbehaves: {@code tw_ex} is shortened for the one window near the end only (the
 * MATLAB keeps the shortened value for all later scenarios), and a window starting at step 0
 * counts (the MATLAB's {@code diff} misses it).
 */
public final class LeakDbScoring {

    static final int EXTRA_STEPS = 10;
    static final double KEEP_THRESHOLD = 0.75;
    static final double ALPHA = 5.0;

    private long tp;
    private long fp;
    private long tn;
    private long fn;
    private int windows;
    private double sigmaSum;

    /** Adds one scenario: its true labels and the detector's alarms, step by step. */
    public void add(boolean[] truth, boolean[] alarm) {
        if (truth.length != alarm.length) {
            throw new IllegalArgumentException("labels have " + truth.length + " steps but alarms " + alarm.length);
        }
        int n = truth.length;
        for (int t = 0; t < n; t++) {
            if (truth[t]) {
                if (alarm[t]) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (alarm[t]) {
                fp++;
            } else {
                tn++;
            }
        }
        int t = 0;
        while (t < n) {
            if (!truth[t]) {
                t++;
                continue;
            }
            int first = t;
            while (t < n && truth[t]) {
                t++;
            }
            int last = t - 1;
            windows++;
            sigmaSum += earlyDetection(alarm, first, last);
        }
    }

    /** σ of one leak window whose labels run from {@code first} to {@code last} (inclusive). */
    static double earlyDetection(boolean[] alarm, int first, int last) {
        int extra = Math.min(EXTRA_STEPS, alarm.length - 1 - last);
        int tau = last - first + extra;
        int end = first + tau; // inclusive
        int x = -1;
        for (int t = first; t <= end; t++) {
            if (alarm[t]) {
                x = t - first;
                break;
            }
        }
        if (x < 0) {
            return 0.0;
        }
        int flagged = 0;
        for (int t = first + x; t <= end; t++) {
            if (alarm[t]) {
                flagged++;
            }
        }
        if ((double) flagged / (end - first - x + 1) <= KEEP_THRESHOLD) {
            return 0.0;
        }
        return tau == 0 ? 1.0 : 2.0 / (1.0 + Math.exp(ALPHA / tau * x));
    }

    public LeakDbScore score() {
        return new LeakDbScore(tp, fp, tn, fn, windows, sigmaSum);
    }
}
