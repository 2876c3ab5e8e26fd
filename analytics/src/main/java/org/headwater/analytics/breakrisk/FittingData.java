package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.List;

/**
 * What every rate model fits on as of one date, computed once: the stacked one-year training
 * windows before the as-of date and the features of the pipes in service at it. Built from the
 * breaks up to the as-of date only.
 */
final class FittingData {

    final AssetRegister register;
    final BreakHistory history;
    final LocalDate asOf;
    final FeatureRows features;
    final TrainingWindows windows;
    final double[] trainingRows;
    final List<PipeSegment> inService;
    final double[] rows;

    private FittingData(AssetRegister register, BreakHistory history, LocalDate asOf, int trainingYears) {
        this.register = register;
        this.history = history;
        this.asOf = asOf;
        this.features = FeatureRows.over(register, history);
        this.windows = new TrainingWindows(register, history, asOf, trainingYears, features);
        this.trainingRows = windows.featureMatrix();
        this.inService = register.inServiceOn(asOf);
        this.rows = features.at(inService, asOf);
    }

    static FittingData of(AssetRegister register, BreakHistory fullHistory, LocalDate asOf, int trainingYears) {
        return new FittingData(register, fullHistory.upTo(asOf), asOf, trainingYears);
    }

    /** The break record's first continuous year: the start of every pipe's observed history. */
    int firstFullYear() {
        return history.firstFullYear();
    }

    static double feature(double[] rows, int row, RiskFeature feature) {
        return rows[row * FeatureRows.WIDTH + feature.ordinal()];
    }

    /** Length in km, floored at 1 m so zero-length records keep a finite exposure. */
    static double km(PipeSegment pipe) {
        return Math.max(pipe.lengthMetres(), 1) / 1000;
    }
}
