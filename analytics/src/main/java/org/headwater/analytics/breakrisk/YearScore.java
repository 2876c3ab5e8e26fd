package org.headwater.analytics.breakrisk;

import java.util.Locale;

/**
 * One method's score on one calendar year of truth: breaks joined to a ranked segment, the share
 * caught in the top 5 % and 10 % of length, the Brier score of the stated likelihoods against
 * whether each ranked segment broke, the per-segment ROC AUC, and breaks that did not join.
 */
public record YearScore(
        String method,
        int year,
        int breaks,
        int unjoinedBreaks,
        double captureAt5,
        double captureAt10,
        double brier,
        double auc) {

    /** One result line, e.g. {@code 2017 lightgbm breaks=66 capture@5%=31.8 capture@10%=45.5 brier=0.00512 auc=0.781}. */
    public String line() {
        return String.format(
                Locale.ROOT,
                "%d %s breaks=%d unjoined=%d capture@5%%=%.1f capture@10%%=%.1f brier=%.5f auc=%.3f",
                year,
                method,
                breaks,
                unjoinedBreaks,
                100 * captureAt5,
                100 * captureAt10,
                brier,
                auc);
    }
}
