package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.Location;
import org.junit.jupiter.api.Test;

/** Issue 8 item 5: breaks with only coordinates join the nearest pipe within a distance, or nothing. */
class NearestPipeJoinTest {

    private static final CoordinateSystem UTM = new CoordinateSystem("EPSG:26917");

    private static Location at(double x, double y) {
        return new Location(x, y, UTM);
    }

    private static PipeLine pipe(String id, double x1, double y1, double x2, double y2) {
        return new PipeLine(id, at(x1, y1), at(x2, y2));
    }

    // an L of two mains meeting at (100, 0) and a parallel main 40 m north of the first
    private final NearestPipeJoin join = new NearestPipeJoin(
            List.of(pipe("A", 0, 0, 100, 0), pipe("B", 100, 0, 100, 100), pipe("C", 0, 40, 100, 40)), 25);

    @Test
    void aBreakJoinsThePerpendicularlyNearestPipe() {
        NearestPipeJoin.Match match = join.nearest(at(50, 12)).orElseThrow();

        assertThat(match.assetId()).isEqualTo("A");
        assertThat(match.distanceMetres()).isCloseTo(12, within(1e-9));
        assertThat(match.tiedWith()).isZero();
        assertThat(join.nearest(at(50, 30)).orElseThrow().assetId()).isEqualTo("C");
    }

    @Test
    void beyondAPipesEndTheDistanceIsToTheEndPoint() {
        NearestPipeJoin.Match match = join.nearest(at(-15, -20)).orElseThrow();

        assertThat(match.assetId()).isEqualTo("A");
        assertThat(match.distanceMetres()).isCloseTo(25, within(1e-9));
    }

    @Test
    void equallyNearPipesAreATieWonByTheLowestAssetId() {
        // on the bisector of the L's corner: 10 m from A and from B
        NearestPipeJoin.Match corner = join.nearest(at(90, 10)).orElseThrow();
        // half way between A and C
        NearestPipeJoin.Match between = join.nearest(at(30, 20)).orElseThrow();

        assertThat(corner.assetId()).isEqualTo("A");
        assertThat(corner.tiedWith()).isEqualTo(1);
        assertThat(between.assetId()).isEqualTo("A");
        assertThat(between.distanceMetres()).isCloseTo(20, within(1e-9));
        assertThat(between.tiedWith()).isEqualTo(1);
    }

    @Test
    void aBreakFartherThanTheDistanceFromEveryPipeJoinsNothing() {
        assertThat(join.nearest(at(50, -25.001))).isEmpty();
        assertThat(join.nearest(at(300, 300))).isEmpty();
        assertThat(new NearestPipeJoin(List.of(), 25).nearest(at(0, 0))).isEmpty();
    }

    @Test
    void wgs84PipesAreMeasuredInMetres() {
        // one millidegree of latitude is about 111 m
        NearestPipeJoin wgs = new NearestPipeJoin(
                List.of(new PipeLine("W", Location.wgs84(-80.49, 43.45), Location.wgs84(-80.48, 43.45))), 25);

        assertThat(wgs.nearest(Location.wgs84(-80.485, 43.4501)).orElseThrow().distanceMetres())
                .isCloseTo(11.1, within(0.1));
        assertThat(wgs.nearest(Location.wgs84(-80.485, 43.4501 + 0.0002))).isEmpty();
    }

    @Test
    void aBreakInAnotherCoordinateSystemIsRefusedNamingBoth() {
        assertThatThrownBy(() -> join.nearest(Location.wgs84(-80.4, 43.4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EPSG:4326")
                .hasMessageContaining("EPSG:26917");
        assertThatThrownBy(() -> new NearestPipeJoin(List.of(), 0)).hasMessageContaining("maxDistanceMetres");
    }

    @Test
    void aHundredThousandPipeNetworkJoinsTenThousandBreaksInAboutASecond() {
        // a grid town of 80 m blocks: 100,000 pipes
        List<PipeLine> pipes = new ArrayList<>();
        for (int i = 0; pipes.size() < 100_000; i++) {
            int row = i / 224;
            int column = i % 224;
            pipes.add(pipe("H" + i, column * 80, row * 80, column * 80 + 80, row * 80));
            pipes.add(pipe("V" + i, column * 80, row * 80, column * 80, row * 80 + 80));
        }
        Random random = new Random(5);
        long start = System.nanoTime();
        NearestPipeJoin big = new NearestPipeJoin(pipes, 25);
        int joined = 0;
        for (int i = 0; i < 10_000; i++) {
            if (big.nearest(at(random.nextDouble() * 224 * 80, random.nextDouble() * 220 * 80))
                    .isPresent()) {
                joined++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("nearest-pipe join: index 100,000 pipes + join 10,000 breaks: %.2f s%n", seconds);

        // every point of an 80 m block is within 40 m of a side; about 86 % are within 25 m
        assertThat(joined).isBetween(8_000, 9_300);
        assertThat(seconds).isLessThan(20);
    }
}
