package org.headwater.detect.leak;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * LeakDB's baseline minimum-night-flow detector, as its {@code algorithmMNF.m}: a day's MNF is
 * the least inflow of the day; from day 11 on, the day is flagged (all its steps) when its MNF
 * exceeds the least MNF of the last 10 unflagged days by more than γ times that least MNF. Kept
 * to score LeakDB's own baseline on the same series as our detector. Like the original it flags a
 * day from its first step with that day's minimum, so it looks up to a day ahead.
 */
public final class LeakDbMnfDetector {

    static final int WINDOW_DAYS = 10;

    private final double gamma;
    private final int stepsPerDay;

    public LeakDbMnfDetector(double gamma, int stepsPerDay) {
        this.gamma = gamma;
        this.stepsPerDay = stepsPerDay;
    }

    /** One alarm flag per step of {@code inflow} (whole days only; a last partial day stays unflagged). */
    public boolean[] detect(double[] inflow) {
        int days = inflow.length / stepsPerDay;
        boolean[] alarm = new boolean[inflow.length];
        ArrayDeque<Double> window = new ArrayDeque<>();
        for (int d = 0; d < days; d++) {
            double mnf = Double.POSITIVE_INFINITY;
            for (int t = d * stepsPerDay; t < (d + 1) * stepsPerDay; t++) {
                mnf = Math.min(mnf, inflow[t]);
            }
            if (d < WINDOW_DAYS) {
                window.addLast(mnf);
                continue;
            }
            double least =
                    window.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            if (mnf - least > gamma * least) {
                Arrays.fill(alarm, d * stepsPerDay, (d + 1) * stepsPerDay, true);
            } else {
                window.addLast(mnf);
                window.removeFirst();
            }
        }
        return alarm;
    }
}
