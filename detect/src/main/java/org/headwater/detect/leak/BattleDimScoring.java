package org.headwater.detect.leak;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleBiFunction;

/**
 * The BattLeDIM 2020 economic score (its {@code Scoring_Algorithm.m} and {@code scoring_function.m}): each
 * detection names a pipe and a 5-minute step; it is credited to an uncredited leak that is running at that step
 * on a pipe within 300 m, with the water that leak loses from (one step before) the detection to the end of the
 * period at 0.80 €/m³, less 500 € × distance / 300 m for a crew sent to the wrong place; a detection matching no
 * leak costs a crew's 500 €, one matching only leaks already credited costs nothing.
 */
public final class BattleDimScoring {

    public static final double MAX_DISTANCE_M = 300;
    public static final double WATER_PRICE_EUR_PER_M3 = 0.80;
    public static final double CREW_COST_EUR = 500;
    /** 5-minute steps in an hour: flows are m³/h, summed per step and divided by 12 to give m³. */
    static final double STEPS_PER_HOUR = 12;

    /**
     * A leak of the period.
     *
     * @param pipe the leaking pipe
     * @param startStep first 5-minute step of the leak (0 = the period's start)
     * @param endStep last step of the leak (inclusive)
     * @param outflowM3PerHour the leak's outflow at every step of the period, m³/h
     */
    public record Leak(String pipe, int startStep, int endStep, double[] outflowM3PerHour) {
        public Leak {
            Objects.requireNonNull(pipe, "pipe");
            if (startStep < 0 || endStep < startStep) {
                throw new IllegalArgumentException(
                        "leak " + pipe + " steps must satisfy 0 <= start <= end: " + startStep + ", " + endStep);
            }
        }
    }

    /** A detection: a pipe and the 5-minute step it was reported at (0 = the period's start). */
    public record Detection(String pipe, int step) {}

    /** The result: total €, true and false positives, missed leaks and what each detection scored. */
    public record Score(double euros, int truePositives, int falsePositives, int falseNegatives, List<Item> items) {
        public Score {
            items = List.copyOf(items);
        }
    }

    /** One detection's outcome: the leak credited (null if none), the distance and its €. */
    public record Item(Detection detection, String creditedLeak, double distanceM, double euros) {}

    private BattleDimScoring() {}

    /**
     * @param leaks the period's leaks
     * @param detections in any order; those outside the period (negative steps) are dropped, as the 2018
     *     detections are by the scorer
     * @param distanceM distance between two pipes in metres, as {@link #pipeDistance}
     */
    public static Score score(
            List<Leak> leaks, List<Detection> detections, ToDoubleBiFunction<String, String> distanceM) {
        boolean[] credited = new boolean[leaks.size()];
        List<Detection> sorted = detections.stream()
                .filter(d -> d.step() >= 0)
                .sorted(Comparator.comparingInt(Detection::step))
                .toList();
        double total = 0;
        int tp = 0;
        int fp = 0;
        List<Item> items = new ArrayList<>();
        for (Detection d : sorted) {
            int best = -1;
            double bestX = Double.POSITIVE_INFINITY;
            boolean matchedAny = false;
            for (int i = 0; i < leaks.size(); i++) {
                Leak leak = leaks.get(i);
                if (d.step() < leak.startStep() || d.step() > leak.endStep()) {
                    continue;
                }
                double x = d.pipe().equals(leak.pipe()) ? 0 : distanceM.applyAsDouble(d.pipe(), leak.pipe());
                if (x > MAX_DISTANCE_M) {
                    continue;
                }
                matchedAny = true;
                if (!credited[i] && x < bestX) {
                    best = i;
                    bestX = x;
                }
            }
            if (best >= 0) {
                credited[best] = true;
                tp++;
                double euros = water(leaks.get(best), d.step()) - bestX / MAX_DISTANCE_M * CREW_COST_EUR;
                total += euros;
                items.add(new Item(d, leaks.get(best).pipe(), bestX, cents(euros)));
            } else if (matchedAny) {
                items.add(new Item(d, null, Double.NaN, 0));
            } else {
                fp++;
                total -= CREW_COST_EUR;
                items.add(new Item(d, null, Double.NaN, -CREW_COST_EUR));
            }
        }
        return new Score(cents(total), tp, fp, leaks.size() - tp, items);
    }

    /** Every leak detected at its first step on its own pipe. */
    public static double perfect(List<Leak> leaks) {
        double total = 0;
        for (Leak leak : leaks) {
            total += water(leak, leak.startStep());
        }
        return cents(total);
    }

    // The MATLAB sums from 0-based index td - 1 with td = step (0 counted as 1): the step before the detection too.
    static double water(Leak leak, int step) {
        int from = Math.max(1, step) - 1;
        double sum = 0;
        double[] q = leak.outflowM3PerHour();
        for (int k = from; k < q.length; k++) {
            sum += q[k];
        }
        return sum / STEPS_PER_HOUR * WATER_PRICE_EUR_PER_M3;
    }

    /**
     * BattLeDIM's distance between two pipes: 0 for the same pipe, otherwise the shortest network path between
     * their nearest ends plus half of each pipe's length.
     *
     * @param endDistanceM shortest path length between two nodes, metres
     */
    public static double pipeDistance(
            String[] endsA,
            double lengthA,
            String[] endsB,
            double lengthB,
            ToDoubleBiFunction<String, String> endDistanceM) {
        double nearest = Double.POSITIVE_INFINITY;
        for (String a : endsA) {
            for (String b : endsB) {
                nearest = Math.min(nearest, endDistanceM.applyAsDouble(a, b));
            }
        }
        return nearest + lengthA / 2 + lengthB / 2;
    }

    private static double cents(double euros) {
        return BigDecimal.valueOf(euros).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
