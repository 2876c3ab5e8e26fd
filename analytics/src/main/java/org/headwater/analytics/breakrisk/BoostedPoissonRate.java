package org.headwater.analytics.breakrisk;

import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.util.StringJoiner;
import org.headwater.analytics.lightgbm.LightGbmLibrary;

/**
 * Gradient-boosted break counts (LightGBM, Poisson objective) with the pipe's length as exposure
 * (log length as the initial score) and monotone constraints where the literature and the
 * utility agree on the direction: more past breaks, more recent breaks, more breaks on the street
 * or on the replaced pipe, and a greater age never lower the rate.
 */
final class BoostedPoissonRate implements RateModel {

    private final int iterations;
    private final int leaves;
    private final int seed;

    BoostedPoissonRate(int iterations, int leaves, int seed) {
        this.iterations = iterations;
        this.leaves = leaves;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "lightgbm-poisson-monotone";
    }

    private String parameters() {
        StringJoiner categorical = new StringJoiner(",");
        StringJoiner monotone = new StringJoiner(",");
        for (RiskFeature feature : RiskFeature.values()) {
            if (feature.categorical()) {
                categorical.add(Integer.toString(feature.ordinal()));
            }
            monotone.add(Integer.toString(direction(feature)));
        }
        return "objective=poisson learning_rate=0.03 num_leaves=" + leaves
                + " min_data_in_leaf=200 feature_fraction=0.8 bagging_fraction=0.8 bagging_freq=1 lambda_l2=10"
                + " min_data_per_group=200 cat_smooth=20 num_threads=1 seed=" + seed
                + " deterministic=true force_row_wise=true verbose=-1 monotone_constraints=" + monotone
                + " monotone_constraints_method=advanced categorical_feature=" + categorical;
    }

    private static int direction(RiskFeature feature) {
        return switch (feature) {
            case AGE_YEARS, BREAKS_ON_PIPE, BREAKS_LAST_3_YEARS, BREAKS_BEFORE_INSTALL, ROAD_SEGMENT_BREAKS -> 1;
            case YEARS_SINCE_LAST_BREAK -> -1;
            default -> 0;
        };
    }

    @Override
    public double[] expectedBreaks(FittingData data) {
        LightGbmLibrary.load();
        String parameters = parameters();
        TrainingWindows windows = data.windows;
        float[] labels = new float[windows.size()];
        double[] exposure = new double[windows.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = windows.breaksNextYear.get(i);
            exposure[i] = Math.log(FittingData.km(windows.segments.get(i)));
        }
        try (LGBMDataset dataset = LGBMDataset.createFromMat(
                data.trainingRows, windows.size(), FeatureRows.WIDTH, true, parameters, null)) {
            dataset.setField("label", labels);
            dataset.setField("init_score", exposure);
            try (LGBMBooster booster = LGBMBooster.create(dataset, parameters)) {
                for (int i = 0; i < iterations; i++) {
                    booster.updateOneIter();
                }
                // the raw score leaves out the initial score: the log rate per km
                double[] logRate = booster.predictForMat(
                        data.rows,
                        data.inService.size(),
                        FeatureRows.WIDTH,
                        true,
                        PredictionType.C_API_PREDICT_RAW_SCORE);
                double[] expected = new double[logRate.length];
                for (int i = 0; i < expected.length; i++) {
                    expected[i] = Math.exp(logRate[i]) * FittingData.km(data.inService.get(i));
                }
                return expected;
            }
        } catch (LGBMException e) {
            throw new IllegalStateException("LightGBM failed: " + e.getMessage(), e);
        }
    }
}
