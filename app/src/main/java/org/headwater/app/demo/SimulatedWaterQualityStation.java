package org.headwater.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Unit;

/**
 * The demo's online water-quality station: a <b>simulated</b>, seeded signal (no real station's data
 * ships with Headwater that fits a 1-minute station: the GECCO data are GPL and stay outside the
 * repository; CANARY's Station B steps every 20 minutes and holds a real event of its own). Each channel
 * is a level, a daily cycle and a slower multi-day drift, plus per-minute noise, rounded to the
 * sensor's resolution. The noise of minute {@code m} comes from a generator seeded by {@code m} and the
 * channel, so the signal is a pure function of time that a restart replays identically. Levels and
 * resolutions are those of a treated-water network station (chlorine 0.17 mg/L in 0.01 steps, pH 8.34,
 * conductivity 210 µS/cm, turbidity 0.02 NTU, temperature 7 °C). The only events are the injected ones:
 * an injected chlorine drop lowers chlorine by its magnitude in mg/L.
 */
final class SimulatedWaterQualityStation {

    static final Duration STEP = Duration.ofMinutes(1);
    static final long SEED = 20261207L;

    /**
     * Measurand and sensor id prefix of each channel, with its simulated level, daily amplitude, slow
     * drift amplitude, per-minute noise (standard deviation) and the resolution values are rounded to.
     */
    record Replayed(
            Measurand measurand,
            Unit unit,
            String prefix,
            double level,
            double dailyAmplitude,
            double driftAmplitude,
            double noise,
            double resolution) {}

    static final List<Replayed> CHANNELS = List.of(
            new Replayed(
                    Measurand.CHLORINE,
                    Unit.MILLIGRAM_PER_LITRE,
                    DemoUtilityNetwork.CHLORINE_SENSOR_PREFIX,
                    0.17,
                    0.008,
                    0.006,
                    0.002,
                    0.01),
            new Replayed(Measurand.PH, Unit.PH, "PH-", 8.34, 0.03, 0.04, 0.004, 0.01),
            new Replayed(Measurand.CONDUCTIVITY, Unit.MICROSIEMENS_PER_CM, "EC-", 210, 2, 3, 0.4, 1),
            new Replayed(Measurand.TURBIDITY, Unit.NTU, "TU-", 0.021, 0.002, 0.002, 0.0004, 0.001),
            new Replayed(Measurand.TEMPERATURE, Unit.CELSIUS, "TE-", 6.9, 0.08, 0.1, 0.015, 0.1));

    private static final double MINUTES_PER_DAY = 1440;
    // Not a whole number of days, so the drift and the daily cycle do not repeat together within weeks.
    private static final double DRIFT_PERIOD_MINUTES = 4.3 * MINUTES_PER_DAY;

    private final String node;
    private final List<InjectedEvent> chlorineDrops;

    SimulatedWaterQualityStation(String node, List<InjectedEvent> chlorineDrops) {
        this.node = node;
        this.chlorineDrops = List.copyOf(chlorineDrops);
    }

    static String sensorId(Replayed channel, String node) {
        return channel.prefix() + node;
    }

    String node() {
        return node;
    }

    /** The value of {@code channel} at minute {@code time}, with any injected chlorine drop applied. */
    double value(int channel, Instant time) {
        long minute = Math.floorDiv(time.getEpochSecond(), 60);
        Replayed c = CHANNELS.get(channel);
        double value = undisturbed(channel, minute);
        if (c.measurand() == Measurand.CHLORINE) {
            for (InjectedEvent drop : chlorineDrops) {
                if (drop.covers(time)) {
                    value = Math.max(0, value - drop.magnitude());
                }
            }
        }
        return value;
    }

    /** The simulated value of {@code channel} at {@code minute} since the epoch, before injected events. */
    static double undisturbed(int channel, long minute) {
        Replayed c = CHANNELS.get(channel);
        double daily = Math.sin(2 * Math.PI * Math.floorMod(minute, (long) MINUTES_PER_DAY) / MINUTES_PER_DAY);
        double drift =
                Math.sin(2 * Math.PI * Math.floorMod(minute, (long) (DRIFT_PERIOD_MINUTES * 10)) / DRIFT_PERIOD_MINUTES
                        + channel);
        double noise = new SplittableRandom(SEED ^ (minute * 31 + channel) * 0x9E3779B97F4A7C15L).nextGaussian();
        double raw = c.level() + c.dailyAmplitude() * daily + c.driftAmplitude() * drift + c.noise() * noise;
        return Math.max(0, Math.round(raw / c.resolution()) * c.resolution());
    }
}
