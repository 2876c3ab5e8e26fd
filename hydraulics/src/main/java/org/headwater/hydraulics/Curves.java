package org.headwater.hydraulics;

/** Piecewise-linear interpolation as EPANET's interp(): flat beyond the end points. */
final class Curves {

    private Curves() {}

    static double interp(double[] x, double[] y, double xx) {
        int n = x.length;
        if (n == 1) {
            return y[0];
        }
        if (xx <= x[0]) {
            return y[0];
        }
        for (int k = 1; k < n; k++) {
            if (xx <= x[k]) {
                double dx = x[k] - x[k - 1];
                if (Math.abs(dx) < 1.0e-6) {
                    return y[k];
                }
                return y[k] - (x[k] - xx) * (y[k] - y[k - 1]) / dx;
            }
        }
        return y[n - 1];
    }
}
