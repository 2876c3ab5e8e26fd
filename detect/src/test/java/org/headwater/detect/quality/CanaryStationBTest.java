package org.headwater.detect.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CANARY-EDS's tutorial: with its example settings ({@code v5config.yml}: MVNN, history 144 steps,
 * outlier threshold 0.8, event threshold 0.85, BED window 6, timeout 12) CANARY reports exactly one
 * event on Station B, StationB.383 starting 02/26/2006 07:40, driven by pH and chlorine.
 */
class CanaryStationBTest {

    private static final Instant CANARY_EVENT = Instant.parse("2006-02-26T07:40:00Z");

    private static LabelledSeries stationB;

    @BeforeAll
    static void readStationB() throws IOException {
        stationB = WaterQualityCsv.read(
                TestData.shipped("canary-stationb/Tutorial_Station_B_2006-02-21_to_03-06.csv.gz"),
                CanaryStationB.LAYOUT);
    }

    @Test
    void canaryReferenceReproducesCanarysOnlyEventWithPhAndChlorine() {
        List<Episode> episodes = episodes(new CanaryMvnnDetector(stationB.channels(), CanaryMvnnSettings.example()));

        assertThat(episodes).hasSize(1);
        assertThat(episodes.getFirst().start()).isEqualTo(CANARY_EVENT);
        assertThat(episodes.getFirst().channels()).contains("B_PH_VAL", "B_CL2_VAL");
    }

    @Test
    void residualShiftDetectorFindsCanarysEventAndOneEarlierChlorineShift() {
        List<Episode> episodes = episodes(new ResidualShiftDetector(stationB.channels(), stationBSettings()));

        assertThat(episodes)
                .extracting(Episode::start)
                .containsExactly(Instant.parse("2006-02-22T21:00:00Z"), CANARY_EVENT);
        assertThat(episodes.get(1).channels()).contains("B_CL2_VAL");
    }

    /**
     * CANARY's example discriminator and timeout; on 20-minute steps the spread adapts twice as fast per
     * step as on 1-minute data, warm-up is 2 h and a sensor is stuck after 12 h.
     */
    static ShiftDetectorSettings stationBSettings() {
        return ShiftDetectorSettings.defaults()
                .withOutlierThreshold(8)
                .withSmoothing(0.05, 0.02)
                .withBed(6, 0.5, 0.85)
                .withTimeouts(12, Duration.ofMinutes(60), 6, 36);
    }

    private static List<Episode> episodes(WaterQualityEventDetector detector) {
        List<Episode> episodes = new ArrayList<>();
        Instant start = null;
        long channels = 0;
        for (StationSample sample : stationB.samples()) {
            WaterQualityVerdict verdict = detector.accept(sample);
            if (verdict.event()) {
                start = start == null ? sample.time() : start;
                channels |= verdict.outlierChannels();
            } else if (start != null) {
                episodes.add(new Episode(start, names(channels)));
                start = null;
                channels = 0;
            }
        }
        return episodes;
    }

    private static List<String> names(long mask) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < stationB.channels().size(); c++) {
            if ((mask & (1L << c)) != 0) {
                names.add(stationB.channels().get(c).name());
            }
        }
        return names;
    }

    record Episode(Instant start, List<String> channels) {}
}
