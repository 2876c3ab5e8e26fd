package org.headwater.detect.ami;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.MeterBuilder;

/**
 * A seeded mix of meters that between them trip every detector: households, leaks, backflow runs,
 * water-heater expansion, silent gaps, reversed meters, register steps, pressure drops and alarms.
 */
final class SyntheticFeed {

    final List<MeterBuilder> meters = new ArrayList<>();
    final List<Reading> readings = new ArrayList<>();
    final List<MeterEvent> events = new ArrayList<>();

    SyntheticFeed(long seed, int meterCount, int days) {
        Random random = new Random(seed);
        for (int m = 0; m < meterCount; m++) {
            String id = "m" + m;
            meters.add(MeterBuilder.aMeter().id(id).serving("p" + m / 2).inZone("z" + m % 3));
            addMeter(random, id, m % 7, days);
        }
        for (int s = 0; s < 3; s++) {
            String id = "s" + s;
            meters.add(MeterBuilder.aMeter().id(id).inZone("z" + s));
            int dropStart = random.nextInt(days * 96);
            int dropLength = 4 + random.nextInt(8);
            for (int q = 0; q < days * 96; q++) {
                boolean drop = q >= dropStart && q < dropStart + dropLength;
                double kpa = drop ? 200 + random.nextDouble() * 60 : 420 + random.nextGaussian() * 5;
                readings.add(new Reading(id, Measurand.PRESSURE, at(Duration.ofMinutes(15L * (q + 1))), kpa));
            }
        }
    }

    private void addMeter(Random random, String id, int behaviour, int days) {
        int special = random.nextInt(days * 24);
        double register = 10_000 * random.nextDouble();
        for (int h = 0; h < days * 24; h++) {
            if (behaviour == 4 && h >= special && h < special + 14) {
                continue; // silent: non-reporting
            }
            double litres = Usage.household(h + random.nextInt(2)) * (0.5 + random.nextDouble());
            switch (behaviour) {
                case 1 -> litres += h > special ? 6 : 0;
                case 2 -> litres = h == special || h == special + 1 ? -12 : litres;
                case 3 -> litres = h % 24 == 3 ? -0.7 : litres;
                case 5 -> litres = -litres;
                default -> {}
            }
            Instant time = at(Duration.ofHours(h + 1L));
            readings.add(new Reading(id, Measurand.INTERVAL_VOLUME, time, litres));
            register += Math.abs(litres);
            if (behaviour == 6 && h == special) {
                register -= 200;
            }
            readings.add(new Reading(id, Measurand.REGISTER, time, register));
        }
        if (random.nextInt(4) == 0) {
            AlarmCode code = List.of(
                            AlarmCode.TAMPER, AlarmCode.REVERSE_FLOW, AlarmCode.CUT_WIRE, AlarmCode.METER_REPLACED)
                    .get(random.nextInt(4));
            events.add(new MeterEvent(id, at(Duration.ofMinutes(random.nextInt(days * 24 * 60))), code, code.name()));
        }
    }

    private static Instant at(Duration sinceStart) {
        return ChainDriver.START.plus(sinceStart);
    }
}
