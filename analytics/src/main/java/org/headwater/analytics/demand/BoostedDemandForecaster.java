package org.headwater.analytics.demand;

import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The learned model: gradient-boosted trees (LightGBM) that correct the same-hour-of-week median
 * with calendar, holidays, weather and the recent level. Trained per DMA and week on the weeks
 * before it, each past Monday acting as a forecast origin exactly like the week to forecast, with
 * an absolute-error objective so the remaining anomalies in the history pull it little.
 */
public final class BoostedDemandForecaster implements DemandForecaster {

    private static final int MIN_TRAINING_ROWS = 24 * 28;

    private final int trainingWeeks;
    private final int iterations;
    private final String parameters;

    /**
     * @param trainingWeeks how many past weeks serve as training origins
     * @param iterations boosting rounds
     * @param threads LightGBM threads; keep it low on a shared machine
     */
    public BoostedDemandForecaster(int trainingWeeks, int iterations, int threads) {
        this.trainingWeeks = trainingWeeks;
        this.iterations = iterations;
        this.parameters = "objective=regression_l1 learning_rate=0.05 num_leaves=15 min_data_in_leaf=40"
                + " feature_fraction=0.8 bagging_fraction=0.8 bagging_freq=1 lambda_l2=1.0"
                + " seed=7 deterministic=true force_row_wise=true verbosity=-1 num_threads=" + threads;
    }

    /** The settings the backtests in docs/benchmarks.md measured. */
    public static BoostedDemandForecaster standard() {
        return new BoostedDemandForecaster(60, 300, 1);
    }

    @Override
    public String name() {
        return "lightgbm";
    }

    @Override
    public double[] forecast(HourlySeries history, Weather weather, ForecastWeek week) {
        double[] baseline = new SameHourOfWeekBaseline(DemandFeatures.BASELINE_WEEKS).forecast(history, weather, week);
        DemandFeatures features = new DemandFeatures(HistoryCleaner.clean(history), weather);
        TrainingSet training = trainingSet(features, history, week);
        if (training.labels.size() < MIN_TRAINING_ROWS) {
            return baseline; // Too little history to learn from: the baseline is the honest answer.
        }
        DemandFeatures.OriginLevels levels = features.levels(week.origin());
        double[] rows = new double[ForecastWeek.HOURS * DemandFeatures.NAMES.size()];
        for (int h = 0; h < ForecastWeek.HOURS; h++) {
            double[] row = features.row(levels, week.hour(h), baseline[h]);
            System.arraycopy(row, 0, rows, h * row.length, row.length);
        }
        double[] corrections = trainAndPredict(training, rows);
        double[] forecast = new double[ForecastWeek.HOURS];
        for (int h = 0; h < forecast.length; h++) {
            forecast[h] = Math.max(0, baseline[h] + corrections[h]);
        }
        return forecast;
    }

    private TrainingSet trainingSet(DemandFeatures features, HourlySeries history, ForecastWeek week) {
        HourlySeries cleaned = HistoryCleaner.clean(history);
        TrainingSet training = new TrainingSet();
        for (int k = 1; k <= trainingWeeks; k++) {
            ForecastWeek past = new ForecastWeek(week.monday().minusWeeks(k));
            if (!past.origin().isAfter(history.start())) {
                break;
            }
            DemandFeatures.OriginLevels levels = features.levels(past.origin());
            for (int h = 0; h < ForecastWeek.HOURS; h++) {
                Instant target = past.hour(h);
                double actual = cleaned.at(target);
                double baseline = features.baseline(levels, target);
                if (!Double.isNaN(actual) && !Double.isNaN(baseline) && target.isBefore(week.origin())) {
                    training.add(features.row(levels, target, baseline), actual - baseline);
                }
            }
        }
        return training;
    }

    private double[] trainAndPredict(TrainingSet training, double[] rows) {
        LightGbmLibrary.load();
        int columns = DemandFeatures.NAMES.size();
        try (LGBMDataset dataset = LGBMDataset.createFromMat(
                training.matrix(), training.labels.size(), columns, true, "max_bin=63", null)) {
            dataset.setField("label", training.labelArray());
            dataset.setFeatureNames(DemandFeatures.NAMES.toArray(String[]::new));
            try (LGBMBooster booster = LGBMBooster.create(dataset, parameters)) {
                for (int i = 0; i < iterations; i++) {
                    booster.updateOneIter();
                }
                return booster.predictForMat(
                        rows, ForecastWeek.HOURS, columns, true, PredictionType.C_API_PREDICT_NORMAL);
            }
        } catch (LGBMException e) {
            throw new IllegalStateException("LightGBM failed: " + e.getMessage(), e);
        }
    }

    /** Rows and labels collected origin by origin. */
    private static final class TrainingSet {
        private final List<double[]> rows = new ArrayList<>();
        private final List<Double> labels = new ArrayList<>();

        void add(double[] row, double label) {
            rows.add(row);
            labels.add(label);
        }

        double[] matrix() {
            int columns = DemandFeatures.NAMES.size();
            double[] matrix = new double[rows.size() * columns];
            for (int r = 0; r < rows.size(); r++) {
                System.arraycopy(rows.get(r), 0, matrix, r * columns, columns);
            }
            return matrix;
        }

        float[] labelArray() {
            float[] array = new float[labels.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = labels.get(i).floatValue();
            }
            return array;
        }
    }
}
