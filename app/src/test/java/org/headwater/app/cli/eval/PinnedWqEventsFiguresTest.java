package org.headwater.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 item 4: {@code eval wq-events} on the development slice shipped in {@code data/}, split
 * forward in time (13–14 August 2016 trains, 15–16 August is the test), must keep the figures
 * documented in docs/benchmarks.md ("Pinned figures"), so a change to the detector that moves
 * them fails here.
 */
class PinnedWqEventsFiguresTest {

    private static final Path SLICE =
            Path.of("..", "data", "gecco-water-quality", "gecco2018_train_2016-08-13_to_08-16.csv.gz");

    /** Pinned to the documented figures; a tolerance of one test row's worth on each share. */
    private static final double TOLERANCE = 0.005;

    @TempDir
    static Path dir;

    private static String out;

    @BeforeAll
    static void runTheEvalOnTheForwardSplit() throws IOException {
        Path train = dir.resolve("train.csv");
        Path test = dir.resolve("test.csv");
        splitAt(SLICE, "\"2016-08-15", train, test);
        out = String.join(
                "\n", EvalOutput.of("eval", "wq-events", "--train", train.toString(), "--test", test.toString()));
    }

    @Test
    void f1OnTheLastTwoDaysOfTheSliceIsTheDocumentedFigure() {
        assertThat(figure("F1")).isCloseTo(PINNED_F1, org.assertj.core.data.Offset.offset(TOLERANCE));
    }

    @Test
    void precisionAndRecallAreTheDocumentedFigures() {
        assertThat(figure("precision")).isCloseTo(PINNED_PRECISION, org.assertj.core.data.Offset.offset(TOLERANCE));
        assertThat(figure("recall")).isCloseTo(PINNED_RECALL, org.assertj.core.data.Offset.offset(TOLERANCE));
    }

    /** docs/benchmarks.md, "Pinned figures". */
    static final double PINNED_F1 = 0.9515;

    static final double PINNED_PRECISION = 0.9076;
    static final double PINNED_RECALL = 1.0;

    private static double figure(String name) {
        return out.lines()
                .filter(line -> line.startsWith(name + " "))
                .map(line -> Double.parseDouble(line.split("\\s+")[1]))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no '" + name + "' line in:\n" + out));
    }

    /** Rows before {@code firstTestRow} (a time prefix) train; that row and later ones test; both keep the header. */
    private static void splitAt(Path gz, String firstTestRow, Path train, Path test) throws IOException {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            before.add(header);
            after.add(header);
            boolean testing = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                testing = testing || line.startsWith(firstTestRow);
                (testing ? after : before).add(line);
            }
        }
        Files.write(train, before);
        Files.write(test, after);
    }
}
