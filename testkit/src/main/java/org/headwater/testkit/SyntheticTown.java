package org.headwater.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.headwater.network.Network;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;

/**
 * A seeded town whose hourly reads trip the AMI detectors: households, continuous leaks, backflow
 * runs, silent meters (non-reporting), reverse-flow and tamper alarms, as stored batches of one hour
 * each, so a test can run the same feed through two detector paths and compare what they raised.
 */
public final class SyntheticTown {

    private final Network network;
    private final List<IngestBatch> hours = new ArrayList<>();
    private final Instant start;

    /** {@code meters} meters over {@code days} days from {@code start}, hour by hour. */
    public SyntheticTown(long seed, int meters, int days, Instant start) {
        this.start = start;
        Random random = new Random(seed);
        Network.Builder town = Network.builder("synthetic-town");
        int[] behaviour = new int[meters];
        int[] special = new int[meters];
        for (int m = 0; m < meters; m++) {
            MeterBuilder.aMeter()
                    .id("m" + m)
                    .serving("p" + m)
                    .inZone("z" + m % 3)
                    .addTo(town);
            behaviour[m] = m % 5;
            special[m] = random.nextInt(days * 24);
        }
        network = town.build();
        for (int h = 0; h < days * 24; h++) {
            IngestBatch.Builder hour = IngestBatch.builder();
            Instant time = start.plus(Duration.ofHours(h + 1L));
            for (int m = 0; m < meters; m++) {
                if (behaviour[m] == 3 && h >= special[m] && h < special[m] + 14) {
                    continue; // silent: non-reporting
                }
                double litres = household(h) * (0.5 + random.nextDouble());
                switch (behaviour[m]) {
                    case 1 -> litres += h > special[m] ? 6 : 0;
                    case 2 -> litres = h == special[m] || h == special[m] + 1 ? -12 : litres;
                    default -> {}
                }
                hour.add(new Reading("m" + m, Measurand.INTERVAL_VOLUME, time, litres));
                if (behaviour[m] == 4 && h == special[m]) {
                    AlarmCode code = random.nextBoolean() ? AlarmCode.REVERSE_FLOW : AlarmCode.TAMPER;
                    hour.add(new MeterEvent("m" + m, time.minus(Duration.ofMinutes(20)), code, code.name()));
                }
            }
            hours.add(hour.drain());
        }
    }

    /** Litres in hour {@code h} (0 = the hour ending at 01:00): a morning shower, lunch, an evening peak, quiet nights; about 200 L a day. */
    public static double household(int h) {
        return switch (h % 24) {
            case 6 -> 60;
            case 7 -> 25;
            case 12 -> 20;
            case 18 -> 45;
            case 19 -> 50;
            default -> 0;
        };
    }

    public Network network() {
        return network;
    }

    /** One stored batch per hour, in order: hour {@code i} holds the reads that end at {@code start + i + 1} h. */
    public List<IngestBatch> hours() {
        return List.copyOf(hours);
    }

    /** When the reads of hour {@code i} arrive: ten minutes after it ends. */
    public Instant arrivalOf(int hour) {
        return start.plus(Duration.ofHours(hour + 1L)).plus(Duration.ofMinutes(10));
    }
}
