package org.headwater.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.risk.RecordedBreak;

/**
 * A main-break history for the demo network, simulated because L-Town is a benchmark town with no
 * break record, and Kitchener's real breaks happened on Kitchener's pipes: placing them on L-Town's
 * would be a fiction dressed as data. What is borrowed from Kitchener is only the break rate per km
 * and year by diameter class (smaller mains break more); each pipe also draws a lasting frailty
 * (lognormal, mean 1), so some pipes break again and again as real mains do, which is what the
 * model's prior-break features can learn. Every break's incident id starts with
 * {@link RecordedBreak#SIMULATED_PREFIX}, so runs and answers say the history is simulated.
 */
final class SimulatedBreakHistory {

    /** First simulated year: enough for the model's 12 training years and its backtests. */
    static final int FIRST_YEAR = 2004;

    /**
     * City of Kitchener main breaks 1997-2019 joined to the 2023 register, per km of the register's
     * mains (any status) and year, by diameter class (upper bound mm, rate); recomputed from the shipped files by
     * {@code SimulatedBreakHistoryTest}.
     */
    static final double[][] KITCHENER_RATE_BY_DIAMETER = {
        {100, 0.247}, {150, 0.156}, {200, 0.081}, {300, 0.046}, {Double.MAX_VALUE, 0.022}
    };

    /** Spread of the per-pipe frailty: lognormal sigma. */
    static final double FRAILTY_SIGMA = 1.0;

    private SimulatedBreakHistory() {}

    /** Breaks on the network's pipes from {@link #FIRST_YEAR} up to the day before {@code until}; same seed, same history. */
    static List<RecordedBreak> simulate(Network network, LocalDate until, long seed) {
        List<NetworkElement> pipes = network.elements(ElementKind.PIPE)
                .sorted(Comparator.comparing(NetworkElement::id))
                .toList();
        List<RecordedBreak> breaks = new ArrayList<>();
        for (NetworkElement pipe : pipes) {
            SplittableRandom random = new SplittableRandom(seed ^ pipe.id().hashCode());
            double frailty = Math.exp(FRAILTY_SIGMA * random.nextGaussian() - FRAILTY_SIGMA * FRAILTY_SIGMA / 2);
            double km = pipe.number(Attr.LENGTH_M).orElse(0.0) / 1000;
            double perYear = ratePerKmYear(pipe.number(Attr.DIAMETER_MM).orElse(Double.NaN)) * km * frailty;
            String assetId =
                    pipe.attribute(Attr.SOURCE_ID).filter(id -> !id.isBlank()).orElse(pipe.id());
            for (LocalDate day = LocalDate.of(FIRST_YEAR, 1, 1); day.isBefore(until); day = day.plusYears(1)) {
                LocalDate yearEnd = day.plusYears(1).isBefore(until) ? day.plusYears(1) : until;
                int days = (int) (yearEnd.toEpochDay() - day.toEpochDay());
                int count = poisson(perYear * days / day.lengthOfYear(), random);
                for (int i = 0; i < count; i++) {
                    LocalDate date = day.plusDays(random.nextInt(days));
                    breaks.add(new RecordedBreak(
                            RecordedBreak.SIMULATED_PREFIX + assetId + "-" + date + "-" + i, date, assetId, ""));
                }
            }
        }
        breaks.sort(Comparator.comparing(RecordedBreak::date).thenComparing(RecordedBreak::incidentId));
        return breaks;
    }

    /** Kitchener's rate for the diameter's class; an unknown diameter takes the smallest class's. */
    static double ratePerKmYear(double diameterMm) {
        for (double[] limitAndRate : KITCHENER_RATE_BY_DIAMETER) {
            if (Double.isNaN(diameterMm) || diameterMm <= limitAndRate[0]) {
                return limitAndRate[1];
            }
        }
        throw new AssertionError("the last class has no upper bound");
    }

    // Knuth's method: the means here are well below 10, where it is exact and quick
    private static int poisson(double mean, SplittableRandom random) {
        double limit = Math.exp(-mean);
        int count = 0;
        double product = random.nextDouble();
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
