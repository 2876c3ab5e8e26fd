package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headwater.testkit.ReadingBuilder.aReading;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.headwater.telemetry.VolumeBucket;
import org.headwater.telemetry.VolumeTotal;
import org.junit.jupiter.api.Test;

/** What every {@link Readings} implementation must do; extend it and supply the implementation. */
public abstract class ReadingsContract {

    /** A store that may already hold data from other tests; each test uses its own source ids. */
    protected abstract Readings readings();

    private static String freshSource() {
        return "m-" + UUID.randomUUID();
    }

    @Test
    void appendedReadingsComeBackInTimeOrderWithinTheRange() {
        String meter = freshSource();
        Instant t0 = Instant.parse("2024-03-31T22:00:00Z");
        List<Reading> outOfOrder = List.of(
                aReading().from(meter).at(t0.plusSeconds(7200)).value(3).build(),
                aReading().from(meter).at(t0).value(1).build(),
                aReading().from(meter).at(t0.plusSeconds(3600)).value(2).build());

        assertThat(readings().append(outOfOrder)).isEqualTo(3);

        assertThat(readings().between(meter, Measurand.INTERVAL_VOLUME, t0, t0.plusSeconds(7200)))
                .extracting(Reading::value)
                .containsExactly(1.0, 2.0);
    }

    @Test
    void reSentDuplicatesAreStoredOnce() {
        String meter = freshSource();
        Reading reading =
                aReading().from(meter).at("2024-05-01T10:00:00Z").value(5).build();

        assertThat(readings().append(List.of(reading))).isEqualTo(1);
        assertThat(readings().append(List.of(reading, reading))).isZero();

        assertThat(readings()
                        .between(
                                meter, Measurand.INTERVAL_VOLUME, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")))
                .containsExactly(reading);
    }

    @Test
    void measurandsOfOneSourceAreKeptApart() {
        String sensor = freshSource();
        Instant t = Instant.parse("2024-05-01T10:00:00Z");
        readings()
                .append(List.of(
                        aReading()
                                .from(sensor)
                                .of(Measurand.PRESSURE)
                                .at(t)
                                .value(310)
                                .build(),
                        aReading()
                                .from(sensor)
                                .of(Measurand.CHLORINE)
                                .at(t)
                                .value(0.4)
                                .build()));

        assertThat(readings().between(sensor, Measurand.PRESSURE, t, t.plusSeconds(1)))
                .extracting(Reading::value)
                .containsExactly(310.0);
    }

    @Test
    void readingsSpanningManyMonthsAreAllKept() {
        String meter = freshSource();
        Instant start = Instant.parse("2023-11-15T00:00:00Z");
        List<Reading> batch = new ArrayList<>();
        for (int day = 0; day < 120; day++) {
            batch.add(aReading()
                    .from(meter)
                    .at(start.plus(Duration.ofDays(day)))
                    .value(day)
                    .build());
        }

        assertThat(readings().append(batch)).isEqualTo(120);
        assertThat(readings().between(meter, Measurand.INTERVAL_VOLUME, start, start.plus(Duration.ofDays(200))))
                .hasSize(120);
    }

    @Test
    void sourceIdsWithSpecialCharactersRoundTrip() {
        String odd = freshSource() + "\tA\\B\nC";
        Reading reading = aReading().from(odd).at("2024-05-01T10:00:00Z").build();
        readings().append(List.of(reading));

        assertThat(readings()
                        .between(
                                odd,
                                Measurand.INTERVAL_VOLUME,
                                reading.time(),
                                reading.time().plusSeconds(1)))
                .containsExactly(reading);
    }

    @Test
    void countGrowsByTheNewReadingsOnly() {
        String meter = freshSource();
        long before = readings().count();
        readings()
                .append(List.of(
                        aReading().from(meter).build(), aReading().from(meter).build()));
        assertThat(readings().count()).isEqualTo(before + 1);
    }

    @Test
    void manySourcesComeBackTogetherEachInTimeOrderWithOnlyTheAskedMeasurands() {
        String meter = freshSource();
        String sensor = freshSource();
        String silent = freshSource();
        Instant t0 = Instant.parse("2024-06-01T00:00:00Z");
        Reading meterLater =
                aReading().from(meter).at(t0.plusSeconds(3600)).value(2).build();
        Reading meterFirst = aReading().from(meter).at(t0).value(1).build();
        Reading pressure =
                aReading().from(sensor).of(Measurand.PRESSURE).at(t0).value(310).build();
        Reading chlorine =
                aReading().from(sensor).of(Measurand.CHLORINE).at(t0).value(0.4).build();
        Reading outOfRange =
                aReading().from(meter).at(t0.plusSeconds(7200)).value(3).build();
        readings().append(List.of(meterLater, meterFirst, pressure, chlorine, outOfRange));

        Map<String, List<Reading>> history = readings()
                .between(
                        List.of(meter, sensor, silent),
                        List.of(Measurand.INTERVAL_VOLUME, Measurand.PRESSURE),
                        t0,
                        t0.plusSeconds(7200));

        assertThat(history).containsOnlyKeys(meter, sensor);
        assertThat(history.get(meter)).containsExactly(meterFirst, meterLater);
        assertThat(history.get(sensor)).containsExactly(pressure);
    }

    @Test
    void manySourcesOfWhichNoneWasEverStoredGiveNothing() {
        assertThat(readings()
                        .between(
                                List.of(freshSource(), freshSource()),
                                List.of(Measurand.INTERVAL_VOLUME),
                                Instant.EPOCH,
                                Instant.parse("2100-01-01T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void totalVolumeSumsTheIntervalVolumesOfAllMetersPerUtcHourAndDay() {
        // A day of its own, long past, so that readings of other tests in the same store do not count.
        LocalDate day =
                LocalDate.of(1700, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(60_000));
        Instant t = day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(10));
        String first = freshSource();
        String second = freshSource();
        readings()
                .append(List.of(
                        aReading()
                                .from(first)
                                .of(Measurand.INTERVAL_VOLUME)
                                .at(t)
                                .value(12)
                                .build(),
                        aReading()
                                .from(second)
                                .of(Measurand.INTERVAL_VOLUME)
                                .at(t)
                                .value(30)
                                .build(),
                        aReading()
                                .from(first)
                                .of(Measurand.INTERVAL_VOLUME)
                                .at(t.plus(Duration.ofHours(1)))
                                .value(-2)
                                .build(),
                        aReading()
                                .from(first)
                                .of(Measurand.INTERVAL_VOLUME)
                                .at(t.plus(Duration.ofHours(14)))
                                .value(5)
                                .build(),
                        // A register is a running total, not use in the hour: it must not be added.
                        aReading()
                                .from(first)
                                .of(Measurand.REGISTER)
                                .at(t)
                                .value(99_000)
                                .build()));
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = from.plus(Duration.ofDays(2));

        assertThat(readings().totalVolume(from, to, VolumeBucket.HOUR))
                .containsExactly(
                        new VolumeTotal(t, 42, 2),
                        new VolumeTotal(t.plus(Duration.ofHours(1)), -2, 1),
                        new VolumeTotal(t.plus(Duration.ofHours(14)), 5, 1));
        assertThat(readings().totalVolume(from, to, VolumeBucket.DAY))
                .containsExactly(new VolumeTotal(from, 40, 2), new VolumeTotal(from.plus(Duration.ofDays(1)), 5, 1));
    }
}
