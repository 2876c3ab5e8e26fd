package org.headwater.app.cli.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The GECCO water-quality files (GPL-3, never copied into the repository), read where they lie:
 * {@code $HEADWATER_GECCO_DIR} when set (even to a folder without them), else
 * {@code ../shared/data/gecco-water-quality} beside the repository. Without them the calling test is
 * skipped, saying where it looked.
 */
final class GeccoFiles {

    static final String TRAIN_2018 = "gecco2018_train.csv.gz";

    private GeccoFiles() {}

    static Path folder() {
        String env = System.getenv("HEADWATER_GECCO_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        // Tests run in the module folder; the repository is its parent.
        return Path.of("..", "..", "shared", "data", "gecco-water-quality");
    }

    /** {@code name} in {@link #folder()}, or the test is skipped (a JUnit assumption, never a pass). */
    static Path required(String name) {
        Path file = folder().resolve(name);
        assumeTrue(
                Files.isRegularFile(file),
                () -> "GECCO data (GPL-3, not shipped) not at "
                        + file.toAbsolutePath().normalize() + "; set HEADWATER_GECCO_DIR to the folder holding "
                        + name);
        return file;
    }

    /** Writes the header and the rows whose time starts with one of {@code days} (e.g. {@code 2016-08-13}). */
    static void cut(Path source, Path target, String... days) throws IOException {
        List<String> kept = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(source)), StandardCharsets.UTF_8))) {
            kept.add(reader.readLine());
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                for (String day : days) {
                    if (line.startsWith("\"" + day + " ")) {
                        kept.add(line);
                    }
                }
            }
        }
        Files.write(target, kept);
    }
}
