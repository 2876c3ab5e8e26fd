package org.headwater.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 item 4: {@code eval wq-events} on four development days of the GECCO 2018 training file,
 * split forward in time (13–14 August 2016 trains, 15–16 August is the test), must keep the figures
 * documented in docs/benchmarks.md ("Pinned figures"), so a change to the detector that moves
 * them fails here. The GECCO data are GPL-3 and not shipped: the days are cut from the file where
 * it lies ({@link GeccoFiles}), and the test is skipped where it is not available.
 */
class PinnedWqEventsFiguresTest {

    /** Pinned to the documented figures; a tolerance of one test row's worth on each share. */
    private static final double TOLERANCE = 0.005;

    @TempDir
    static Path dir;

    private static @Nullable String out;

    // Run once, from the first test; each test is skipped on its own where the GECCO file is missing
    // (an assumption failing in @BeforeAll would drop the tests from the report instead).
    private static String out() throws IOException {
        String cached = out;
        if (cached != null) {
            return cached;
        }
        Path train = dir.resolve("train.csv");
        Path test = dir.resolve("test.csv");
        Path gecco2018 = GeccoFiles.required(GeccoFiles.TRAIN_2018);
        GeccoFiles.cut(gecco2018, train, "2016-08-13", "2016-08-14");
        GeccoFiles.cut(gecco2018, test, "2016-08-15", "2016-08-16");
        String printed = String.join(
                "\n", EvalOutput.of("eval", "wq-events", "--train", train.toString(), "--test", test.toString()));
        out = printed;
        return printed;
    }

    @Test
    void f1OnTheLastTwoDaysOfTheSliceIsTheDocumentedFigure() throws IOException {
        assertThat(figure("F1")).isCloseTo(PINNED_F1, org.assertj.core.data.Offset.offset(TOLERANCE));
    }

    @Test
    void precisionAndRecallAreTheDocumentedFigures() throws IOException {
        assertThat(figure("precision")).isCloseTo(PINNED_PRECISION, org.assertj.core.data.Offset.offset(TOLERANCE));
        assertThat(figure("recall")).isCloseTo(PINNED_RECALL, org.assertj.core.data.Offset.offset(TOLERANCE));
    }

    /** docs/benchmarks.md, "Pinned figures". */
    static final double PINNED_F1 = 0.9515;

    static final double PINNED_PRECISION = 0.9076;
    static final double PINNED_RECALL = 1.0;

    private static double figure(String name) throws IOException {
        String printed = out();
        return printed.lines()
                .filter(line -> line.startsWith(name + " "))
                .map(line -> Double.parseDouble(line.split("\\s+")[1]))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no '" + name + "' line in:\n" + printed));
    }
}
