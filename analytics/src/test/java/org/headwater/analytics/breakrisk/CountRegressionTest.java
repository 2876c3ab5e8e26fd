package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The IRLS count regression recovers known rates from simulated break counts with length exposure. */
class CountRegressionTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void poissonFitRecoversTheRatePerKmAndTheEffectOfAnOldPipe(int seed) {
        Random random = new Random(seed);
        MersenneTwister generator = new MersenneTwister(seed);
        int n = 20_000;
        double[] x = new double[n * 2];
        double[] y = new double[n];
        double[] offset = new double[n];
        for (int i = 0; i < n; i++) {
            boolean old = random.nextBoolean();
            double km = 0.01 + random.nextDouble();
            x[i * 2] = 1;
            x[i * 2 + 1] = old ? 1 : 0;
            offset[i] = Math.log(km);
            // 0.1 breaks per km-year, three times that on old pipes
            double mean = km * 0.1 * (old ? 3 : 1);
            y[i] = new PoissonDistribution(generator, mean, 1e-12, 1000).sample();
        }

        CountRegression.Fit fit = new CountRegression(0, false).fit(x, 2, y, offset);

        assertThat(Math.exp(fit.coefficients()[0])).isCloseTo(0.1, within(0.01));
        assertThat(Math.exp(fit.coefficients()[1])).isCloseTo(3.0, within(0.3));
        assertThat(fit.shape()).isInfinite();
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5})
    void negativeBinomialFitFindsOverdispersionThatPoissonCannot(int seed) {
        MersenneTwister generator = new MersenneTwister(seed);
        int n = 20_000;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] offset = new double[n];
        double shape = 0.5;
        for (int i = 0; i < n; i++) {
            x[i] = 1;
            // gamma-mixed Poisson with mean 0.5: pipes differ beyond what the columns say
            double frailty =
                    new org.apache.commons.math3.distribution.GammaDistribution(generator, shape, 1 / shape).sample();
            y[i] = new PoissonDistribution(generator, 0.5 * frailty + 1e-9, 1e-12, 1000).sample();
        }

        CountRegression.Fit fit = new CountRegression(0, true).fit(x, 1, y, offset);

        assertThat(Math.exp(fit.coefficients()[0])).isCloseTo(0.5, within(0.03));
        assertThat(fit.shape()).isCloseTo(shape, within(0.15));
    }
}
