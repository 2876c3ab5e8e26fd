package org.headwater.detect.quality;

/**
 * CANARY's binomial event discriminator: counts outliers among the last {@code window} steps and
 * turns the count into an event probability, the binomial cumulative probability of that count.
 */
public final class BinomialEventDiscriminator {

    private final boolean[] recent;
    private final double[] cumulative;
    private int next;
    private int outliers;

    /**
     * @param window the number of recent steps counted
     * @param outlierProbability the binomial's success probability (CANARY's default is 0.5)
     */
    public BinomialEventDiscriminator(int window, double outlierProbability) {
        if (window < 1) {
            throw new IllegalArgumentException("BED window must be >= 1, was " + window);
        }
        if (!(outlierProbability > 0 && outlierProbability < 1)) {
            throw new IllegalArgumentException("BED outlier probability must be in (0, 1), was " + outlierProbability);
        }
        this.recent = new boolean[window];
        this.cumulative = cumulativeBinomial(window, outlierProbability);
    }

    /** Records whether the current step was an outlier and returns the event probability. */
    public double add(boolean outlier) {
        if (recent[next]) {
            outliers--;
        }
        recent[next] = outlier;
        if (outlier) {
            outliers++;
        }
        next = (next + 1) % recent.length;
        return probability();
    }

    public double probability() {
        return cumulative[outliers];
    }

    /** Forgets all outliers, as after an event timeout. */
    public void clear() {
        java.util.Arrays.fill(recent, false);
        outliers = 0;
    }

    static double[] cumulativeBinomial(int n, double p) {
        double[] cdf = new double[n + 1];
        double sum = 0;
        for (int k = 0; k <= n; k++) {
            sum += binomialCoefficient(n, k) * Math.pow(p, k) * Math.pow(1 - p, n - k);
            cdf[k] = Math.min(1.0, sum);
        }
        return cdf;
    }

    private static double binomialCoefficient(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
