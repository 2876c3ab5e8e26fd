package org.headwater.hydraulics.battledim;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.hydraulics.HydraulicState;
import org.headwater.hydraulics.Simulation;
import org.headwater.hydraulics.twin.LiveTwin;

/**
 * Simulated BattLeDIM SCADA for a year at 5-minute steps: L-Town with the leaks, read at the competition's 33
 * pressure sensors, 3 flows and the tank level, with sensor noise. This is our simulation, not the competition's
 * published series: the "real" network differs from the nominal model the detector uses by a fixed ±10 % on every
 * junction's base demand and ±5 % on every pipe's roughness, and demand follows a seasonal swing with hourly
 * noise; leaks are orifices (coefficient 0.75) at the leaking pipe's start junction, incipient ones widening
 * linearly until their peak time.
 */
public final class BattleDimSimulation {

    public static final long STEP_SECONDS = 300;
    /** Sensor noise: pressure heads (m), flows (share of the value), tank level (m). */
    public static final double PRESSURE_NOISE_M = 0.05;

    public static final double FLOW_NOISE_SHARE = 0.01;
    public static final double LEVEL_NOISE_M = 0.005;
    static final double DEMAND_ERROR = 0.10;
    static final double ROUGHNESS_ERROR = 0.05;
    static final double SEASONAL_SWING = 0.10;
    static final double HOURLY_DEMAND_NOISE = 0.03;

    /**
     * What the sensors read and what the leaks lost, per step.
     *
     * @param pressureM [sensor][step] pressure head, m
     * @param flowM3h [sensor][step] flow, m³/h
     * @param levelM [tank][step] level, m
     * @param leakM3h [leak][step] outflow, m³/h
     */
    public record Scada(int steps, double[][] pressureM, double[][] flowM3h, double[][] levelM, double[][] leakM3h) {}

    private BattleDimSimulation() {}

    /**
     * @param reader a fresh nominal model per call
     * @param start the period's first step (2018-01-01 00:00)
     * @param steps how many 5-minute steps
     */
    public static Scada simulate(
            Supplier<HydraulicModel> reader,
            BattleDimSensors sensors,
            List<BattleDimLeak> leaks,
            LocalDateTime start,
            int steps,
            long seed,
            Consumer<String> progress) {
        HydraulicModel m = reader.get();
        SplittableRandom random = new SplittableRandom(seed);
        for (int j = 0; j < m.junctionCount(); j++) {
            m.scaleJunctionDemand(j, 1 + DEMAND_ERROR * (2 * random.nextDouble() - 1));
        }
        for (int k = 0; k < m.linkCount(); k++) {
            if (m.length(k) > 0) {
                m.scalePipe(k, 1, 1, 1 + ROUGHNESS_ERROR * (2 * random.nextDouble() - 1));
            }
        }
        m.setTimes((long) (steps - 1) * STEP_SECONDS, STEP_SECONDS);
        m.setEmitterBackflow(false);
        int[] leakNode = leaks.stream()
                .mapToInt(l -> m.nodeIndex(LiveTwin.burstJunction(m, l.pipe())))
                .toArray();
        double[] hourlyNoise = new double[steps / 12 + 2];
        for (int h = 0; h < hourlyNoise.length; h++) {
            hourlyNoise[h] = 1 + HOURLY_DEMAND_NOISE * random.nextGaussian();
        }
        int[] p = nodes(m, sensors.pressureNodes());
        int[] f = links(m, sensors.flowLinks());
        int[] t = nodes(m, sensors.tanks());
        Scada scada = new Scada(
                steps,
                new double[p.length][steps],
                new double[f.length][steps],
                new double[t.length][steps],
                new double[leaks.size()][steps]);
        double metresPerPressureUnit = metresPerPressureUnit(m);
        double cmhPerFlowUnit = 28.316846592 / m.units().flow() * 3.6;
        new Simulation(m)
                .run(
                        (long) (steps - 1) * STEP_SECONDS,
                        time -> {
                            LocalDateTime now = start.plusSeconds(time);
                            m.setDemandMultiplier(seasonal(now) * hourlyNoise[(int) (time / 3600)]);
                            for (int i = 0; i < leaks.size(); i++) {
                                m.setLeak(leakNode[i], leaks.get(i).areaM2(now), 0.75);
                            }
                        },
                        (time, state) -> {
                            if (time % STEP_SECONDS != 0) {
                                return;
                            }
                            int k = (int) (time / STEP_SECONDS);
                            record(scada, k, state, p, f, t, leakNode, random, metresPerPressureUnit, cmhPerFlowUnit);
                            if (k % (12 * 24 * 30) == 0) {
                                progress.accept(
                                        "simulated " + start.plusSeconds(time).toLocalDate());
                            }
                        });
        return scada;
    }

    private static void record(
            Scada scada,
            int k,
            HydraulicState state,
            int[] p,
            int[] f,
            int[] t,
            int[] leakNode,
            SplittableRandom random,
            double metres,
            double cmh) {
        for (int i = 0; i < p.length; i++) {
            scada.pressureM()[i][k] = state.pressure(p[i]) * metres + PRESSURE_NOISE_M * random.nextGaussian();
        }
        for (int i = 0; i < f.length; i++) {
            double q = state.flow(f[i]) * cmh;
            scada.flowM3h()[i][k] = q * (1 + FLOW_NOISE_SHARE * random.nextGaussian());
        }
        for (int i = 0; i < t.length; i++) {
            scada.levelM()[i][k] = state.tankLevel(t[i]) + LEVEL_NOISE_M * random.nextGaussian();
        }
        for (int i = 0; i < leakNode.length; i++) {
            scada.leakM3h()[i][k] = state.emitterFlow(leakNode[i]) * cmh;
        }
    }

    /** The seasonal demand factor: a summer peak of +10 %, a winter low of −10 %. */
    static double seasonal(LocalDateTime t) {
        double day = t.getDayOfYear() + t.getHour() / 24.0;
        return 1 + SEASONAL_SWING * Math.sin(2 * Math.PI * (day - 105) / 365);
    }

    /**
     * The nominal model's pressure heads (m) at the sensors, with its demand multiplier set per step from
     * {@code multiplier} (the demand estimate) and no leaks.
     */
    public static double[][] modelled(
            HydraulicModel nominal,
            BattleDimSensors sensors,
            double[] multiplier,
            int steps,
            Consumer<String> progress) {
        nominal.setTimes((long) (steps - 1) * STEP_SECONDS, STEP_SECONDS);
        int[] p = nodes(nominal, sensors.pressureNodes());
        double metres = metresPerPressureUnit(nominal);
        double[][] out = new double[p.length][steps];
        new Simulation(nominal)
                .run(
                        (long) (steps - 1) * STEP_SECONDS,
                        time -> nominal.setDemandMultiplier(multiplier[(int) Math.min(steps - 1, time / STEP_SECONDS)]),
                        (time, state) -> {
                            if (time % STEP_SECONDS != 0) {
                                return;
                            }
                            int k = (int) (time / STEP_SECONDS);
                            for (int i = 0; i < p.length; i++) {
                                out[i][k] = state.pressure(p[i]) * metres;
                            }
                            if (k % (12 * 24 * 30) == 0) {
                                progress.accept("modelled day " + k / 288);
                            }
                        });
        return out;
    }

    /** The system inflow of the nominal model with multiplier 1 over one week (its patterns' period), m³/h per step. */
    public static double[] nominalInflowWeek(HydraulicModel nominal, List<String> inflowLinks) {
        int steps = (int) (Duration.ofDays(7).toSeconds() / STEP_SECONDS);
        nominal.setTimes((long) (steps - 1) * STEP_SECONDS, STEP_SECONDS);
        int[] f = links(nominal, inflowLinks);
        double cmh = 28.316846592 / nominal.units().flow() * 3.6;
        double[] q = new double[steps];
        new Simulation(nominal).run((long) (steps - 1) * STEP_SECONDS, (time, state) -> {
            if (time % STEP_SECONDS == 0) {
                for (int link : f) {
                    q[(int) (time / STEP_SECONDS)] += state.flow(link) * cmh;
                }
            }
        });
        return q;
    }

    /** Metres of water per unit of the file's pressure (metres already in SI files, psi otherwise). */
    public static double metresPerPressureUnit(HydraulicModel m) {
        return m.units().si() ? 1.0 : 0.70307;
    }

    private static int[] nodes(HydraulicModel m, List<String> ids) {
        return ids.stream()
                .mapToInt(id -> {
                    int n = m.nodeIndex(id);
                    if (n < 0) {
                        throw new IllegalArgumentException("sensor node '" + id + "' is not in " + m.name());
                    }
                    return n;
                })
                .toArray();
    }

    private static int[] links(HydraulicModel m, List<String> ids) {
        return ids.stream()
                .mapToInt(id -> {
                    int k = m.linkIndex(id);
                    if (k < 0) {
                        throw new IllegalArgumentException("sensor link '" + id + "' is not in " + m.name());
                    }
                    return k;
                })
                .toArray();
    }
}
