package org.headwater.detect.leak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The residual rule on synthetic residuals: a model offset per sensor, sensor noise, a spike, a burst. */
class ResidualRuleTest {

    private static final ResidualRule.Settings SETTINGS = new ResidualRule.Settings(5, 3, 3, 96);
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(15);
    private static final int SENSORS = 12;

    /** Residuals of {@code steps}: offset 0–20 kPa per sensor, N(0, noise) kPa, {@code burst} kPa at sensors 0–5 from {@code burstStep}. */
    private static List<Map<String, Double>> residuals(
            int steps, double noise, int burstStep, double burst, long seed) {
        Random random = new Random(seed);
        double[] offset = new double[SENSORS];
        for (int s = 0; s < SENSORS; s++) {
            offset[s] = 20 * random.nextDouble() - 10;
        }
        List<Map<String, Double>> series = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            Map<String, Double> step = new LinkedHashMap<>();
            for (int s = 0; s < SENSORS; s++) {
                double leak = t >= burstStep ? -burstAt(s, burst) : 0;
                step.put("n" + s, offset[s] + noise * random.nextGaussian() + leak);
            }
            series.add(step);
        }
        return series;
    }

    private static double burstAt(int sensor, double burst) {
        return sensor < 6 ? burst * (1 - sensor / 10.0) : 0;
    }

    private static List<ResidualRule.Decision> run(ResidualRule rule, List<Map<String, Double>> series) {
        List<ResidualRule.Decision> decisions = new ArrayList<>();
        for (int t = 0; t < series.size(); t++) {
            decisions.add(rule.evaluate(T0.plus(STEP.multipliedBy(t)), series.get(t)));
        }
        return decisions;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sensorNoiseAndModelOffsetsNeverRaiseAnAlertOverAWeek(long seed) {
        ResidualRule rule = new ResidualRule(SETTINGS);

        List<ResidualRule.Decision> decisions = run(rule, residuals(7 * 96, 1.0, Integer.MAX_VALUE, 0, seed));

        assertThat(decisions).allMatch(d -> d instanceof ResidualRule.Unchanged);
        assertThat(rule.active()).isFalse();
    }

    @Test
    void aSpikeAtOneStepOrOneSensorDoesNotRaise() {
        ResidualRule rule = new ResidualRule(SETTINGS);
        List<Map<String, Double>> series = residuals(200, 0.5, Integer.MAX_VALUE, 0, 11);
        // every sensor drops 30 kPa at one step (a transient) ...
        series.get(120).replaceAll((s, r) -> r - 30);
        // ... and one sensor drops 40 kPa for the rest of the day (a sensor fault)
        for (int t = 150; t < 200; t++) {
            series.get(t).computeIfPresent("n7", (s, r) -> r - 40);
        }

        assertThat(run(rule, series)).allMatch(d -> d instanceof ResidualRule.Unchanged);
    }

    @Test
    void aBurstRaisesAfterThePersistenceStepsAndClearsWhenRepaired() {
        ResidualRule rule = new ResidualRule(SETTINGS);
        List<Map<String, Double>> series = residuals(300, 1.0, 200, 25, 3);
        // repaired at step 260: the residuals return to what they were
        for (int t = 260; t < 300; t++) {
            series.get(t).replaceAll((s, r) -> r + burstAt(Integer.parseInt(s.substring(1)), 25));
        }

        List<ResidualRule.Decision> decisions = run(rule, series);

        for (int t = 0; t < 202; t++) {
            assertThat(decisions.get(t)).as("step %d", t).isInstanceOf(ResidualRule.Unchanged.class);
        }
        ResidualRule.Raise raise = (ResidualRule.Raise) decisions.get(202);
        assertThat(raise.since()).isEqualTo(T0.plus(STEP.multipliedBy(200)));
        assertThat(raise.at()).isEqualTo(T0.plus(STEP.multipliedBy(202)));
        assertThat(raise.dropKpa()).isGreaterThan(5);
        assertThat(raise.changeKpa().get("n0")).isLessThan(-20);
        assertThat(raise.changeKpa().get("n11")).isBetween(-5.0, 5.0);
        assertThat(decisions.subList(203, 262)).allMatch(d -> d instanceof ResidualRule.Unchanged);
        assertThat(decisions.get(262)).isInstanceOf(ResidualRule.Clear.class);
        assertThat(rule.active()).isFalse();
    }

    @Test
    void settingsNameTheFieldThatIsOutOfRange() {
        assertThatThrownBy(() -> new ResidualRule.Settings(0, 3, 3, 96)).hasMessageContaining("dropKpa");
        assertThatThrownBy(() -> new ResidualRule.Settings(5, 0, 3, 96)).hasMessageContaining("sensorsAgreeing");
        assertThatThrownBy(() -> new ResidualRule.Settings(5, 3, 0, 96)).hasMessageContaining("persistenceSteps");
    }
}
