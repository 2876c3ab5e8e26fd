package org.headwater.analytics.breakrisk;

import java.util.List;

/**
 * The columns of the count regressions, from a pipe's {@link RiskFeature} row: intercept,
 * material, log diameter, log length (besides the length exposure), then how age enters (install
 * decade and age, ten-year age bands, or not at all when a Weibull baseline carries it) and,
 * optionally, the break-history terms.
 */
record GlmDesign(AgeTerms age, History history, boolean interactions) {

    GlmDesign(AgeTerms age, History history) {
        this(age, history, false);
    }

    /** How a pipe's age enters the linear predictor. */
    enum AgeTerms {
        /** Install-decade classes plus age and age squared (the Poisson and NB regressions). */
        DECADE_AND_AGE,
        /** Ten-year age bands: a piecewise-constant baseline hazard, the Poisson form of a Cox model. */
        AGE_BANDS,
        /** None: a Weibull baseline hazard in the exposure carries age. */
        NONE
    }

    /** Which break-history terms enter. */
    enum History {
        /** None: pipe attributes only. */
        NONE,
        /** Breaks near the pipe but not on it: on the pipe it replaced and on other mains of its street. */
        CONTEXT,
        /** All of them, the pipe's own breaks included. */
        ALL
    }

    private static final int DECADES = 14; // unknown, before 1900, 1900s ... 2010s and later
    private static final int BANDS = 11; // unknown, 0-9 ... 80-89, 90 and older
    private static final int HISTORY_TERMS = 7;
    private static final int ERAS = 3; // installed before 1950, 1950-1969, 1970 and later (or unknown)

    int width(int materials) {
        int ageColumns = switch (age) {
            case DECADE_AND_AGE -> DECADES + 2;
            case AGE_BANDS -> BANDS;
            case NONE -> 0;
        };
        int historyColumns = switch (history) {
            case NONE -> 0;
            case CONTEXT -> 2;
            case ALL -> HISTORY_TERMS;
        };
        return 3 + materials + ageColumns + historyColumns + (interactions ? 1 + ERAS * materials : 0);
    }

    /** The design matrix of {@code segments} whose feature rows are {@code rows}, row-major. */
    double[] matrix(List<PipeSegment> segments, double[] rows, int materials) {
        int width = width(materials);
        double[] x = new double[segments.size() * width];
        for (int i = 0; i < segments.size(); i++) {
            fill(segments.get(i), rows, i, x, i * width, materials);
        }
        return x;
    }

    private void fill(PipeSegment pipe, double[] rows, int row, double[] x, int at, int materials) {
        int column = at;
        x[column++] = 1;
        double material = FittingData.feature(rows, row, RiskFeature.MATERIAL);
        if (!Double.isNaN(material)) {
            x[column + (int) material] = 1;
        }
        column += materials;
        double diameter = FittingData.feature(rows, row, RiskFeature.DIAMETER_MM);
        x[column++] = diameter > 0 ? Math.log(diameter / 150) : 0;
        x[column++] = Math.log(FittingData.km(pipe) / 0.1);
        double age = FittingData.feature(rows, row, RiskFeature.AGE_YEARS);
        switch (this.age) {
            case DECADE_AND_AGE -> {
                x[column + decade(FittingData.feature(rows, row, RiskFeature.INSTALL_YEAR))] = 1;
                column += DECADES;
                double scaled = Double.isNaN(age) ? 0 : age / 50;
                x[column++] = scaled;
                x[column++] = scaled * scaled;
            }
            case AGE_BANDS -> {
                x[column + (Double.isNaN(age) ? 0 : 1 + Math.min((int) (Math.max(age, 0) / 10), BANDS - 2))] = 1;
                column += BANDS;
            }
            case NONE -> {}
        }
        if (history == History.CONTEXT) {
            x[column++] = Math.log1p(FittingData.feature(rows, row, RiskFeature.BREAKS_BEFORE_INSTALL));
            x[column] = Math.log1p(FittingData.feature(rows, row, RiskFeature.ROAD_SEGMENT_BREAKS));
        }
        if (history == History.ALL) {
            double prior = FittingData.feature(rows, row, RiskFeature.BREAKS_ON_PIPE);
            double since = FittingData.feature(rows, row, RiskFeature.YEARS_SINCE_LAST_BREAK);
            x[column++] = Math.log1p(prior);
            x[column++] = prior > 0 ? 1 : 0;
            x[column++] = Math.log1p(FittingData.feature(rows, row, RiskFeature.BREAKS_LAST_3_YEARS));
            x[column++] = Double.isNaN(since) ? 0 : Math.exp(-since / 2);
            x[column++] = Math.log1p(FittingData.feature(rows, row, RiskFeature.BREAKS_BEFORE_INSTALL));
            x[column++] = Math.log1p(FittingData.feature(rows, row, RiskFeature.ROAD_SEGMENT_BREAKS));
            x[column++] = FittingData.feature(rows, row, RiskFeature.LINED);
        }
        if (interactions) {
            // a break on a short segment says more per km than one on a long main
            double prior = FittingData.feature(rows, row, RiskFeature.BREAKS_ON_PIPE);
            x[column++] = prior > 0 ? Math.log(FittingData.km(pipe) / 0.1) : 0;
            double installed = FittingData.feature(rows, row, RiskFeature.INSTALL_YEAR);
            int era = Double.isNaN(installed) || installed >= 1970 ? 2 : installed >= 1950 ? 1 : 0;
            if (!Double.isNaN(material)) {
                x[column + ERAS * (int) material + era] = 1;
            }
        }
    }

    /** The feature each column explains, or null for the intercept: contributions are summed per feature. */
    RiskFeature[] columnFeatures(int materials) {
        RiskFeature[] features = new RiskFeature[width(materials)];
        int column = 1;
        for (int m = 0; m < materials; m++) {
            features[column++] = RiskFeature.MATERIAL;
        }
        features[column++] = RiskFeature.DIAMETER_MM;
        features[column++] = RiskFeature.LENGTH_M;
        int ageColumns = width(materials) - column - historyWidth() - (interactions ? 1 + ERAS * materials : 0);
        for (int a = 0; a < ageColumns; a++) {
            boolean decadeColumn = age == AgeTerms.DECADE_AND_AGE && a < DECADES;
            features[column++] = decadeColumn ? RiskFeature.INSTALL_YEAR : RiskFeature.AGE_YEARS;
        }
        RiskFeature[] history = switch (this.history) {
            case NONE -> new RiskFeature[0];
            case CONTEXT -> new RiskFeature[] {RiskFeature.BREAKS_BEFORE_INSTALL, RiskFeature.ROAD_SEGMENT_BREAKS};
            case ALL ->
                new RiskFeature[] {
                    RiskFeature.BREAKS_ON_PIPE,
                    RiskFeature.BREAKS_ON_PIPE,
                    RiskFeature.BREAKS_LAST_3_YEARS,
                    RiskFeature.YEARS_SINCE_LAST_BREAK,
                    RiskFeature.BREAKS_BEFORE_INSTALL,
                    RiskFeature.ROAD_SEGMENT_BREAKS,
                    RiskFeature.LINED
                };
        };
        System.arraycopy(history, 0, features, column, history.length);
        column += history.length;
        if (interactions) {
            features[column++] = RiskFeature.BREAKS_ON_PIPE;
            java.util.Arrays.fill(features, column, column + ERAS * materials, RiskFeature.MATERIAL);
        }
        return features;
    }

    private int historyWidth() {
        return switch (history) {
            case NONE -> 0;
            case CONTEXT -> 2;
            case ALL -> HISTORY_TERMS;
        };
    }

    private static int decade(double installYear) {
        if (Double.isNaN(installYear)) {
            return 0;
        }
        if (installYear < 1900) {
            return 1;
        }
        return Math.min(2 + (int) ((installYear - 1900) / 10), DECADES - 1);
    }

    /** Number of material codes used by the rows (codes are 0 .. n-1, taken from the whole register). */
    static int materials(double[]... rowSets) {
        int max = -1;
        for (double[] rows : rowSets) {
            for (int i = RiskFeature.MATERIAL.ordinal(); i < rows.length; i += FeatureRows.WIDTH) {
                if (!Double.isNaN(rows[i])) {
                    max = Math.max(max, (int) rows[i]);
                }
            }
        }
        return max + 1;
    }
}
