package org.headwater.detect.quality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The GECCO water-quality data (GPL-3, never copied into the repository) read where it lies:
 * {@code $HEADWATER_GECCO_DIR} when set, else {@code ../shared/data/gecco-water-quality} beside the
 * repository. A test that needs it is skipped, with the reason, where neither holds the file.
 */
final class GeccoData {

    static final String ENV = "HEADWATER_GECCO_DIR";
    static final String TRAIN_2018 = "gecco2018_train.csv.gz";

    private GeccoData() {}

    /** {@code file} in the GECCO folder, or the test is skipped (assumption) saying where it looked. */
    static Path require(String file) {
        String env = System.getenv(ENV);
        // Tests run in the module folder; the repository is its parent.
        Path dir = env != null && !env.isBlank()
                ? Path.of(env)
                : Path.of("..", "..", "shared", "data", "gecco-water-quality");
        Path path = dir.resolve(file);
        assumeTrue(
                Files.isRegularFile(path),
                () -> "GECCO data (GPL-3, not shipped) not found at "
                        + path.toAbsolutePath().normalize() + "; set " + ENV + " to the folder holding " + file);
        return path;
    }

    /** The 2018 training file's rows of 13–16 August 2016 (5,760 minutes, eight labelled events), cut in memory. */
    static LabelledSeries august13To16() throws IOException {
        StringBuilder cut = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(require(TRAIN_2018))), StandardCharsets.UTF_8))) {
            cut.append(in.readLine()).append('\n');
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.matches("\"2016-08-1[3-6] .*")) {
                    cut.append(line).append('\n');
                }
            }
        }
        return WaterQualityCsv.read(
                new BufferedReader(new StringReader(cut.toString())),
                TRAIN_2018 + " (13-16 Aug 2016)",
                WaterQualityCsv.GECCO);
    }
}
