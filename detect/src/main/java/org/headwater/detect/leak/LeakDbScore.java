package org.headwater.detect.leak;

/**
 * LeakDB's scores of a detector over scenarios pooled: per-step confusion counts and the summed
 * early-detection scores of the leak windows. Rates, F1 and S_ED in percent as LeakDB reports
 * them; MCC in [-1, 1].
 */
public record LeakDbScore(long tp, long fp, long tn, long fn, int leakWindows, double earlyDetectionSum) {

    /** R_TP = TP / (TP + FN), percent. */
    public double truePositiveRate() {
        return percent(tp, tp + fn);
    }

    /** R_TN = TN / (TN + FP), percent. */
    public double trueNegativeRate() {
        return percent(tn, tn + fp);
    }

    /** F1 = 2TP / (2TP + FP + FN), pooled over all steps of all scenarios, percent. */
    public double f1() {
        return percent(2 * tp, 2 * tp + fp + fn);
    }

    /** Matthews correlation coefficient of the pooled counts; 0 when a margin is empty. */
    public double mcc() {
        double d = Math.sqrt((double) (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        return d == 0 ? 0.0 : ((double) tp * tn - (double) fp * fn) / d;
    }

    /** S_ED: the mean early-detection score σ over all leak windows, percent. */
    public double earlyDetection() {
        return leakWindows == 0 ? 0.0 : 100.0 * earlyDetectionSum / leakWindows;
    }

    private static double percent(long num, long den) {
        return den == 0 ? 0.0 : 100.0 * num / den;
    }
}
