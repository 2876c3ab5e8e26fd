package org.headwater.detect.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Data shipped under the repository's {@code data/} folder, and small synthetic stations. */
final class TestData {

    static final Instant START = Instant.parse("2016-08-03T00:00:00Z");

    private TestData() {}

    static Path shipped(String relative) {
        for (Path base : List.of(Path.of("..", "data"), Path.of("data"))) {
            Path candidate = base.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("test data not found: data/" + relative);
    }

    /** Two quality channels (pH, turbidity) and one flow, precisions 0.01, 0.001, 1. */
    static List<Channel> phTurbidityFlow() {
        return List.of(
                new Channel("pH", ChannelRole.QUALITY, 0.01),
                new Channel("Trueb", ChannelRole.QUALITY, 0.001),
                new Channel("Fm", ChannelRole.OPERATIONAL, 1));
    }

    /** Noisy but steady minute samples around pH 8.3, turbidity 0.02, flow 1500 (seeded). */
    static List<StationSample> steady(int minutes, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<StationSample> samples = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            samples.add(new StationSample(START.plus(Duration.ofMinutes(i)), new double[] {
                8.3 + 0.01 * Math.round(random.nextGaussian()),
                0.02 + 0.001 * Math.round(random.nextGaussian()),
                1500 + Math.round(20 * random.nextGaussian())
            }));
        }
        return samples;
    }

    static List<Boolean> events(WaterQualityEventDetector detector, List<StationSample> samples) {
        return samples.stream().map(s -> detector.accept(s).event()).toList();
    }
}
