package org.headwater.bench.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class HeadwaterEngineTest {

    private static final Path NET1 = Path.of("..", "data", "epanet-networks", "Net1.inp.gz");

    private final HeadwaterEngine engine = new HeadwaterEngine();

    @Test
    void timesTheNet1SnapshotAndReportsTheRetainedHeap() {
        HydraulicEngine.Timing timing = engine.snapshot(NET1, 3);

        assertThat(timing.runs()).isEqualTo(3);
        assertThat(timing.medianMillis()).isPositive().isLessThan(1_000);
        // 11 nodes and 13 links: arrays of a few kB, well under a megabyte
        assertThat(timing.memoryBytes()).isPositive().isLessThan(1_000_000);
        assertThat(timing.memoryWhat()).contains("Java heap retained");
    }

    @Test
    void theExtendedPeriodTakesLongerThanTheSnapshotItStartsWith() {
        HydraulicEngine.Timing snapshot = engine.snapshot(NET1, 5);
        HydraulicEngine.Timing day = engine.extendedPeriod(NET1, Duration.ofHours(24), 5);
        HydraulicEngine.Timing firstHour = engine.extendedPeriod(NET1, Duration.ofHours(1), 5);

        // 27 solution times in 24 h against 2 in the first hour
        assertThat(day.medianMillis()).isGreaterThan(firstHour.medianMillis());
        assertThat(day.medianMillis()).isGreaterThan(snapshot.medianMillis());
    }

    @Test
    void isTheEngineTheBenchFindsAsAService() {
        assertThat(ServiceLoader.load(HydraulicEngine.class).stream()
                        .map(p -> p.get().name()))
                .contains("headwater");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(HeadwaterEngine.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(HeadwaterEngine.median(new double[] {5, 1, 3})).isEqualTo(3);
    }
}
