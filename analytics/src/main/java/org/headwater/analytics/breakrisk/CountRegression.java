package org.headwater.analytics.breakrisk;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Log-link count regression with an exposure offset, fitted by iteratively reweighted least squares
 * (Commons Math solves each weighted normal equation). Poisson, or negative binomial (NB2) with its
 * dispersion estimated by moments; a small ridge penalty keeps rare categories finite.
 */
final class CountRegression {

    /** Below this change in deviance per example IRLS has converged. */
    private static final double TOLERANCE = 1e-9;

    private static final int MAX_ITERATIONS = 30;

    private final double ridge;
    private final boolean negativeBinomial;

    CountRegression(double ridge, boolean negativeBinomial) {
        this.ridge = ridge;
        this.negativeBinomial = negativeBinomial;
    }

    /** A fitted model: coefficients, the NB shape (infinite for Poisson) and the Poisson log-likelihood. */
    record Fit(double[] coefficients, double shape, double logLikelihood) {

        double linear(double[] x, int row, int width) {
            double eta = 0;
            for (int j = 0; j < width; j++) {
                eta += coefficients[j] * x[row * width + j];
            }
            return eta;
        }
    }

    /** Fits {@code y ~ exp(offset + x·beta)}; {@code x} is row-major with {@code width} columns, column 0 the intercept. */
    Fit fit(double[] x, int width, double[] y, double[] offset) {
        int n = y.length;
        double[] beta = new double[width];
        double totalY = 0;
        double totalExposure = 0;
        for (int i = 0; i < n; i++) {
            totalY += y[i];
            totalExposure += Math.exp(offset[i]);
        }
        beta[0] = Math.log(Math.max(totalY, 0.5) / totalExposure);
        double shape = Double.POSITIVE_INFINITY;
        beta = irls(x, width, y, offset, beta, shape);
        if (negativeBinomial) {
            for (int round = 0; round < 3; round++) {
                shape = momentShape(x, width, y, offset, beta);
                beta = irls(x, width, y, offset, beta, shape);
            }
        }
        return new Fit(beta, shape, poissonLogLikelihood(x, width, y, offset, beta));
    }

    private double[] irls(double[] x, int width, double[] y, double[] offset, double[] start, double shape) {
        double[] beta = start.clone();
        double previous = Double.POSITIVE_INFINITY;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] xtwx = new double[width][width];
            double[] xtwz = new double[width];
            double deviance = 0;
            for (int i = 0; i < y.length; i++) {
                double eta = offset[i];
                for (int j = 0; j < width; j++) {
                    eta += beta[j] * x[i * width + j];
                }
                double mu = Math.exp(Math.min(eta, 30));
                double weight = Double.isInfinite(shape) ? mu : mu / (1 + mu / shape);
                double z = eta - offset[i] + (y[i] - mu) / mu;
                deviance += mu - y[i] * Math.log(mu);
                for (int j = 0; j < width; j++) {
                    double wxj = weight * x[i * width + j];
                    if (wxj == 0) {
                        continue;
                    }
                    xtwz[j] += wxj * z;
                    for (int k = 0; k <= j; k++) {
                        xtwx[j][k] += wxj * x[i * width + k];
                    }
                }
            }
            for (int j = 0; j < width; j++) {
                for (int k = 0; k < j; k++) {
                    xtwx[k][j] = xtwx[j][k];
                }
                if (j > 0) {
                    xtwx[j][j] += ridge;
                }
            }
            RealVector solved = new CholeskyDecomposition(new Array2DRowRealMatrix(xtwx, false), 1e-12, 1e-14)
                    .getSolver()
                    .solve(new ArrayRealVector(xtwz, false));
            beta = solved.toArray();
            if (Math.abs(previous - deviance) < TOLERANCE * y.length) {
                break;
            }
            previous = deviance;
        }
        return beta;
    }

    /** NB2 shape from the moments of the Poisson residuals: var = mu + mu^2 / shape. */
    private static double momentShape(double[] x, int width, double[] y, double[] offset, double[] beta) {
        double excess = 0;
        double squares = 0;
        for (int i = 0; i < y.length; i++) {
            double mu = mean(x, width, offset, beta, i);
            excess += (y[i] - mu) * (y[i] - mu) - mu;
            squares += mu * mu;
        }
        return excess > 0 ? squares / excess : 1e6;
    }

    private static double poissonLogLikelihood(double[] x, int width, double[] y, double[] offset, double[] beta) {
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            double mu = mean(x, width, offset, beta, i);
            total += y[i] * Math.log(mu) - mu;
        }
        return total;
    }

    private static double mean(double[] x, int width, double[] offset, double[] beta, int row) {
        double eta = offset[row];
        for (int j = 0; j < width; j++) {
            eta += beta[j] * x[row * width + j];
        }
        return Math.exp(Math.min(eta, 30));
    }
}
