package org.headwater.analytics.breakrisk;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An ensemble of orders rather than of rates: pipes ranked by the mean of their percentile ranks
 * (by rate per km) under each model, so one model's extreme rate cannot dominate. The pipes then
 * take, in that order, the geometric blend's rates per km sorted high to low, which keeps the
 * expected breaks on a rate scale for calibration.
 */
final class RankBlendRate implements RateModel {

    private final String name;
    private final List<RateModel> models;

    RankBlendRate(String name, List<RateModel> models) {
        this.name = name;
        this.models = List.copyOf(models);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double[] expectedBreaks(FittingData data) {
        int pipes = data.inService.size();
        double[] meanPercentile = new double[pipes];
        double[] logRate = new double[pipes];
        for (RateModel model : models) {
            double[] expected = model.expectedBreaks(data);
            double[] percentile = percentiles(data, expected);
            for (int i = 0; i < pipes; i++) {
                meanPercentile[i] += percentile[i] / models.size();
                logRate[i] +=
                        Math.log(Math.max(expected[i], 1e-12) / FittingData.km(data.inService.get(i))) / models.size();
            }
        }
        double[] rates = Arrays.stream(logRate).map(Math::exp).sorted().toArray();
        Integer[] order = IntStream.range(0, pipes).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> meanPercentile[i]));
        double[] blended = new double[pipes];
        for (int rank = 0; rank < pipes; rank++) {
            int pipe = order[rank];
            blended[pipe] = rates[rank] * FittingData.km(data.inService.get(pipe));
        }
        return blended;
    }

    /** Each pipe's rank by expected breaks per km, 0 (lowest) to 1 (highest); ties share their mean rank. */
    static double[] percentiles(FittingData data, double[] expected) {
        int pipes = expected.length;
        double[] perKm = new double[pipes];
        for (int i = 0; i < pipes; i++) {
            perKm[i] = (float) (expected[i] / FittingData.km(data.inService.get(i)));
        }
        Integer[] order = IntStream.range(0, pipes).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> perKm[i]));
        double[] percentile = new double[pipes];
        int start = 0;
        while (start < pipes) {
            int end = start;
            while (end + 1 < pipes && perKm[order[end + 1]] == perKm[order[start]]) {
                end++;
            }
            double shared = pipes == 1 ? 1 : (start + end) / 2.0 / (pipes - 1);
            for (int k = start; k <= end; k++) {
                percentile[order[k]] = shared;
            }
            start = end + 1;
        }
        return percentile;
    }
}
