package org.headwater.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.VolumeBucket;
import org.headwater.telemetry.VolumeTotal;
import org.junit.jupiter.api.Test;

class PostgresConsumptionTotalsTest {

    private final DataSource dataSource = TestDatabase.dataSource();
    private final PostgresReadings readings = new PostgresReadings(dataSource);
    private final PostgresConsumptionTotals totals = new PostgresConsumptionTotals(dataSource);
    private final PostgresTelemetrySink sink = new PostgresTelemetrySink(dataSource, topic -> List.of(), stored -> {});
    private final Random random = new Random(14);
    // A period of its own: the test database is shared with the other store tests.
    private final Instant from = LocalDate.of(2040, 1, 1)
            .plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 20_000))
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    private final Instant to = from.plus(Duration.ofDays(3));

    @Test
    void theTotalsEqualTheRawSumAfterResentReadsAndRepeatedOrConcurrentFolds() throws Exception {
        List<String> meters = List.of("c-" + UUID.randomUUID(), "c-" + UUID.randomUUID(), "c-" + UUID.randomUUID());
        List<IngestBatch> batches = new ArrayList<>();
        for (int b = 0; b < 12; b++) {
            IngestBatch.Builder batch = IngestBatch.builder();
            for (int i = 0; i < 40; i++) {
                Instant at = from.plusSeconds(random.nextInt(3 * 24 * 3600));
                batch.add(new Reading(meters.get(random.nextInt(3)), Measurand.INTERVAL_VOLUME, at, litres()));
            }
            batch.add(new Reading(meters.getFirst(), Measurand.REGISTER, from.plusSeconds(60L * b), 99_000));
            batches.add(batch.drain());
        }

        for (int b = 0; b < batches.size(); b++) {
            sink.accept(batches.get(b));
            if (b % 3 == 0) {
                totals.fold();
            }
        }
        // A headend sending batches again, one with new reads among the old: only the new ones add.
        sink.accept(batches.get(3));
        IngestBatch.Builder mixed = IngestBatch.builder();
        batches.get(7).readings().forEach(mixed::add);
        mixed.add(new Reading(meters.get(1), Measurand.INTERVAL_VOLUME, from.plusSeconds(7), litres()));
        sink.accept(mixed.drain());
        // Redelivered events fold again, two workers at once.
        totals.fold();
        totals.fold();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (Future<?> f : List.of(two.submit(totals::fold), two.submit(totals::fold))) {
                f.get();
            }
        } finally {
            two.shutdownNow();
        }

        for (VolumeBucket bucket : VolumeBucket.values()) {
            List<VolumeTotal> raw = readings.totalVolume(from, to, bucket);
            List<VolumeTotal> kept = totals.totals(from, to, bucket);
            assertThat(kept)
                    .extracting(VolumeTotal::start)
                    .containsExactlyElementsOf(
                            raw.stream().map(VolumeTotal::start).toList());
            assertThat(kept)
                    .extracting(VolumeTotal::meters)
                    .containsExactlyElementsOf(
                            raw.stream().map(VolumeTotal::meters).toList());
            for (int i = 0; i < raw.size(); i++) {
                assertThat(kept.get(i).litres()).isCloseTo(raw.get(i).litres(), within(1e-9));
            }
        }
        assertThat(totals.totals(from, to, VolumeBucket.DAY))
                .extracting(VolumeTotal::meters)
                .containsOnly(3);
    }

    @Test
    void aReadArrivingLateInAnHourAlreadyTotalledIsAddedOnce() {
        String meter = "c-" + UUID.randomUUID();
        Reading first = new Reading(meter, Measurand.INTERVAL_VOLUME, from.plusSeconds(600), 17.369133540429175);
        Reading late = new Reading(meter, Measurand.INTERVAL_VOLUME, from.plusSeconds(1500), 2.5);
        readings.append(List.of(first));
        totals.fold();
        readings.append(List.of(first, late));
        totals.fold();
        readings.append(List.of(late));
        totals.fold();

        assertThat(totals.totals(from, to, VolumeBucket.HOUR)).singleElement().satisfies(total -> {
            assertThat(total.start()).isEqualTo(from);
            assertThat(total.litres()).isCloseTo(19.869133540429175, within(1e-9));
            assertThat(total.meters()).isEqualTo(1);
        });
        assertThat(totals.totals(from, to, VolumeBucket.DAY)).singleElement().satisfies(total -> {
            assertThat(total.litres()).isCloseTo(19.869133540429175, within(1e-9));
            assertThat(total.meters()).isEqualTo(1);
        });
    }

    @Test
    void onlyWholeBucketsCanBeAskedFor() {
        assertThatThrownBy(() -> totals.totals(from.plusSeconds(60), to, VolumeBucket.HOUR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole hour");
        assertThatThrownBy(() -> totals.totals(from.plus(Duration.ofHours(1)), to, VolumeBucket.DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole day");
    }

    private double litres() {
        // Interval volumes as meters send them, with more decimals than a millilitre.
        return random.nextDouble() * 50;
    }
}
