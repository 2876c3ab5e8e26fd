package org.headwater.analytics.demand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Blends the learned model with the same-hour-of-week baseline, {@code w·model + (1−w)·baseline},
 * choosing {@code w} for each week only from the scores of the weeks before it (nested, so the week
 * being scored never chooses its own setting). Until {@code minEarlierWeeks} weeks were scored, the
 * model is used alone.
 */
public final class NestedBlend {

    static final double[] WEIGHTS = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

    private final int minEarlierWeeks;

    public NestedBlend(int minEarlierWeeks) {
        this.minEarlierWeeks = minEarlierWeeks;
    }

    /** The blended forecasts, week by week, and the weight each week used. */
    public record Blended(List<DmaWeekForecast> results, Map<ForecastWeek, Double> weights) {}

    /**
     * @param model the learned model's results, in week order
     * @param baseline the baseline's results for the same weeks and DMAs, in the same order
     */
    public Blended run(List<DmaWeekForecast> model, List<DmaWeekForecast> baseline) {
        if (model.size() != baseline.size()) {
            throw new IllegalArgumentException(
                    "baseline: " + baseline.size() + " DMA-weeks for the model's " + model.size());
        }
        List<DmaWeekForecast> blended = new ArrayList<>();
        Map<ForecastWeek, Double> weights = new LinkedHashMap<>();
        List<Integer> earlier = new ArrayList<>();
        int i = 0;
        while (i < model.size()) {
            ForecastWeek week = model.get(i).week();
            double weight = weights.size() < minEarlierWeeks ? 1.0 : best(model, baseline, earlier);
            weights.put(week, weight);
            for (; i < model.size() && model.get(i).week().equals(week); i++) {
                blended.add(blend(model.get(i), baseline.get(i), weight));
                earlier.add(i);
            }
        }
        return new Blended(blended, weights);
    }

    private static double best(List<DmaWeekForecast> model, List<DmaWeekForecast> baseline, List<Integer> earlier) {
        double bestWeight = 1.0;
        double bestSum = Double.POSITIVE_INFINITY;
        for (double weight : WEIGHTS) {
            List<DmaWeekForecast> scored = new ArrayList<>();
            for (int index : earlier) {
                scored.add(blend(model.get(index), baseline.get(index), weight));
            }
            double sum = WeeklyBacktest.meanSum(scored);
            if (sum < bestSum) {
                bestSum = sum;
                bestWeight = weight;
            }
        }
        return bestWeight;
    }

    static DmaWeekForecast blend(DmaWeekForecast model, DmaWeekForecast baseline, double weight) {
        if (!model.week().equals(baseline.week()) || !model.dma().equals(baseline.dma())) {
            throw new IllegalArgumentException("baseline: " + baseline.week() + " " + baseline.dma()
                    + " beside the model's " + model.week() + " " + model.dma());
        }
        double[] a = model.forecast();
        double[] b = baseline.forecast();
        double[] mixed = new double[a.length];
        for (int h = 0; h < a.length; h++) {
            mixed[h] = weight * a[h] + (1 - weight) * b[h];
        }
        double[] truth = model.truth();
        return new DmaWeekForecast(model.week(), model.dma(), mixed, truth, BwdfScore.of(mixed, truth));
    }
}
