package org.headwater.bench.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeedupTableTest {

    @Test
    void speedupIsTheGeometricMeanOfEpanetTimeOverOursAcrossAllTables() {
        SpeedupTable snapshots = new SpeedupTable("snapshot");
        snapshots.add(new SpeedupTable.Row("Net1", 9, 2.0, 1.0)); // 2x
        SpeedupTable periods = new SpeedupTable("eps");
        periods.add(new SpeedupTable.Row("Net1", 9, 80.0, 10.0)); // 8x

        assertThat(SpeedupTable.speedup(List.of(snapshots, periods)).getAsDouble())
                .isCloseTo(4.0, offset(1e-12));
    }

    @Test
    void slowerThanEpanetGivesASpeedupBelowOne() {
        SpeedupTable table = new SpeedupTable("eps");
        table.add(new SpeedupTable.Row("KY1", 856, 1.0, 4.0));
        table.add(new SpeedupTable.Row("KL", 935, 1.0, 1.0));

        assertThat(SpeedupTable.speedup(List.of(table)).getAsDouble()).isCloseTo(0.5, offset(1e-12));
    }

    @Test
    void noSpeedupWhileOurTimeIsMissingForAnyNetwork() {
        SpeedupTable table = new SpeedupTable("eps");
        table.add(new SpeedupTable.Row("Net1", 9, 2.0, 1.0));
        table.add(new SpeedupTable.Row("Net3", 92, 3.0, null));

        assertThat(SpeedupTable.speedup(List.of(table))).isEmpty();
        assertThat(SpeedupTable.speedup(List.of())).isEmpty();
    }

    @Test
    void aZeroTimeHasNoRatioRatherThanAnInfiniteOne() {
        SpeedupTable table = new SpeedupTable("eps");
        table.add(new SpeedupTable.Row("tiny", 3, 0.5, 0.0));

        assertThat(table.rows().get(0).ratio()).isEmpty();
        assertThat(SpeedupTable.speedup(List.of(table))).isEmpty();
    }

    @Test
    void rowsShowNetworkJunctionsBothTimesAndTheRatioOrMissing() {
        SpeedupTable table = new SpeedupTable("24 h extended period");
        table.add(new SpeedupTable.Row("L-Town", 782, 62.7, 12.54));
        table.add(new SpeedupTable.Row("Net3", 92, 0.0952, null));

        String[] lines = table.render().split("\n");

        assertThat(lines[0]).isEqualTo("24 h extended period");
        assertThat(lines[1].trim().split("\\s+"))
                .containsExactly("network", "junctions", "epanet_ms", "ours_ms", "ratio");
        assertThat(lines[2].trim().split("\\s+")).containsExactly("L-Town", "782", "62.70", "12.54", "5.00");
        assertThat(lines[3].trim().split("\\s+")).containsExactly("Net3", "92", "0.0952", "missing", "-");
    }

    @Test
    void largeTimesAreShownInWholeMilliseconds() {
        assertThat(SpeedupTable.millis(24056.5)).isEqualTo("24057");
        assertThat(SpeedupTable.millis(1.5)).isEqualTo("1.50");
        assertThat(SpeedupTable.millis(0.02881)).isEqualTo("0.0288");
    }
}
