package org.headwater.bench;

import java.util.Map;
import java.util.TreeMap;

/** The least-squares slope of y over x: how fast a sampled figure grows. */
final class LeastSquares {

    private LeastSquares() {}

    /** Slope of the fitted line; 0 with fewer than two distinct x values. */
    static double slope(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }
        int n = x.length;
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i] / n;
            meanY += y[i] / n;
        }
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            variance += (x[i] - meanX) * (x[i] - meanX);
        }
        return variance == 0 ? 0 : covariance / variance;
    }

    /**
     * Slope of the floor: the least y of each window of {@code window} x-units (from the first x), fitted at
     * the x where it was seen. A heap sampled under load scatters with what is in flight at the moment;
     * its floor is what stays, which is what a leak grows.
     */
    static double floorSlope(double[] x, double[] y, double window) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }
        if (x.length == 0) {
            return 0;
        }
        Map<Long, Integer> leastOfWindow = new TreeMap<>();
        for (int i = 0; i < x.length; i++) {
            long w = (long) Math.floor((x[i] - x[0]) / window);
            Integer least = leastOfWindow.get(w);
            if (least == null || y[i] < y[least]) {
                leastOfWindow.put(w, i);
            }
        }
        double[] floorX = leastOfWindow.values().stream().mapToDouble(i -> x[i]).toArray();
        double[] floorY = leastOfWindow.values().stream().mapToDouble(i -> y[i]).toArray();
        return slope(floorX, floorY);
    }
}
