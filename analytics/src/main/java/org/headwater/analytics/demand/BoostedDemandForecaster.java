package org.headwater.analytics.demand;

import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.headwater.analytics.lightgbm.LightGbmLibrary;

/**
 * The learned model: gradient-boosted trees (LightGBM) that correct the robust same-hour-of-week baseline
 * with calendar, holidays, weather and the recent level. Trained for each week on the weeks
 * before it, each past Monday acting as a forecast origin exactly like the week to forecast, with
 * an absolute-error objective so the remaining anomalies in the history pull it little. Pooled,
 * one model learns from all DMAs at once on inflows scaled by each DMA's recent level.
 */
public final class BoostedDemandForecaster implements DemandForecaster {

    private static final int MIN_TRAINING_ROWS = 24 * 28;
    private static final int COLUMNS = DemandFeatures.NAMES.size();

    private final int trainingWeeks;
    private final int iterations;
    private final boolean pooled;
    private final String parameters;
    private final SameHourOfWeekBaseline baseline = new SameHourOfWeekBaseline(DemandFeatures.BASELINE_WEEKS);

    /**
     * @param trainingWeeks how many past weeks serve as training origins
     * @param iterations boosting rounds
     * @param threads LightGBM threads; keep it low on a shared machine
     * @param pooled one model for all DMAs of a call, rather than one per DMA
     */
    public BoostedDemandForecaster(int trainingWeeks, int iterations, int threads, boolean pooled) {
        this.trainingWeeks = trainingWeeks;
        this.iterations = iterations;
        this.pooled = pooled;
        this.parameters = "objective=regression_l1 learning_rate=0.1 num_leaves=31 min_data_in_leaf=100"
                + " feature_fraction=0.8 bagging_fraction=0.8 bagging_freq=1 lambda_l2=1.0"
                + " seed=7 deterministic=true force_row_wise=true verbosity=-1 num_threads=" + threads;
    }

    /** The settings measured in docs/benchmarks.md: one model for all DMAs, 60 training weeks. */
    public static BoostedDemandForecaster standard(int threads) {
        return new BoostedDemandForecaster(60, 1000, threads, true);
    }

    @Override
    public String name() {
        return pooled ? "lightgbm-pooled" : "lightgbm";
    }

    @Override
    public double[] forecast(HourlySeries history, Weather weather, ForecastWeek week) {
        return forecastTogether(Map.of("DMA", history), weather, week).get("DMA");
    }

    @Override
    public Map<String, double[]> forecastAll(Map<String, HourlySeries> histories, Weather weather, ForecastWeek week) {
        if (pooled) {
            return forecastTogether(histories, weather, week);
        }
        return DemandForecaster.super.forecastAll(histories, weather, week);
    }

    private Map<String, double[]> forecastTogether(
            Map<String, HourlySeries> histories, Weather weather, ForecastWeek week) {
        Rows training = new Rows();
        Rows week168 = new Rows();
        Map<String, double[]> baselines = new LinkedHashMap<>();
        List<Double> scales = new ArrayList<>();
        int dma = 0;
        for (var entry : histories.entrySet()) {
            HourlySeries past = entry.getValue().before(week.origin()); // whatever the caller passed
            double[] base = baseline.forecast(past, weather, week);
            baselines.put(entry.getKey(), base);
            HourlySeries cleaned = HistoryCleaner.clean(past, week.calendar());
            DemandFeatures features = new DemandFeatures(cleaned, weather, dma++, week.calendar());
            addTrainingRows(training, features, cleaned, week);
            DemandFeatures.OriginLevels levels = features.levels(week.origin());
            scales.add(DemandFeatures.scale(levels));
            for (int h = 0; h < ForecastWeek.HOURS; h++) {
                week168.add(features.row(levels, week.hour(h), base[h]), Double.NaN);
            }
        }
        if (training.size() < MIN_TRAINING_ROWS) {
            return baselines; // Too little history to learn from: the baseline is the honest answer.
        }
        double[] corrections = trainAndPredict(training, week168);
        Map<String, double[]> forecasts = new LinkedHashMap<>();
        int row = 0;
        int index = 0;
        for (var entry : baselines.entrySet()) {
            double scale = scales.get(index++);
            double[] forecast = new double[ForecastWeek.HOURS];
            for (int h = 0; h < forecast.length; h++, row++) {
                double correction = Double.isNaN(scale) ? 0 : corrections[row] * scale;
                forecast[h] = Math.max(0, entry.getValue()[h] + correction);
            }
            forecasts.put(entry.getKey(), forecast);
        }
        return forecasts;
    }

    private void addTrainingRows(Rows training, DemandFeatures features, HourlySeries cleaned, ForecastWeek week) {
        for (int k = 1; k <= trainingWeeks; k++) {
            ForecastWeek past = week.daysBefore(7 * k);
            if (!past.origin().isAfter(cleaned.start())) {
                break;
            }
            DemandFeatures.OriginLevels levels = features.levels(past.origin());
            double scale = DemandFeatures.scale(levels);
            for (int h = 0; h < ForecastWeek.HOURS && !Double.isNaN(scale); h++) {
                Instant target = past.hour(h);
                double actual = cleaned.at(target);
                double base = features.baseline(levels, target);
                if (!Double.isNaN(actual) && !Double.isNaN(base) && target.isBefore(week.origin())) {
                    training.add(features.row(levels, target, base), (actual - base) / scale);
                }
            }
        }
    }

    private double[] trainAndPredict(Rows training, Rows toPredict) {
        LightGbmLibrary.load();
        String datasetParameters = "max_bin=63 categorical_feature=" + DemandFeatures.NAMES.indexOf("dma");
        try (LGBMDataset dataset =
                LGBMDataset.createFromMat(training.matrix(), training.size(), COLUMNS, true, datasetParameters, null)) {
            dataset.setField("label", training.labels());
            dataset.setFeatureNames(DemandFeatures.NAMES.toArray(String[]::new));
            try (LGBMBooster booster = LGBMBooster.create(dataset, parameters)) {
                for (int i = 0; i < iterations; i++) {
                    booster.updateOneIter();
                }
                return booster.predictForMat(
                        toPredict.matrix(), toPredict.size(), COLUMNS, true, PredictionType.C_API_PREDICT_NORMAL);
            }
        } catch (LGBMException e) {
            throw new IllegalStateException("LightGBM failed: " + e.getMessage(), e);
        }
    }

    /** Feature rows and their labels, collected origin by origin. */
    private static final class Rows {
        private final List<double[]> rows = new ArrayList<>();
        private final List<Double> labels = new ArrayList<>();

        void add(double[] row, double label) {
            rows.add(row);
            labels.add(label);
        }

        int size() {
            return rows.size();
        }

        double[] matrix() {
            double[] matrix = new double[rows.size() * COLUMNS];
            for (int r = 0; r < rows.size(); r++) {
                System.arraycopy(rows.get(r), 0, matrix, r * COLUMNS, COLUMNS);
            }
            return matrix;
        }

        float[] labels() {
            float[] array = new float[labels.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = labels.get(i).floatValue();
            }
            return array;
        }
    }
}
