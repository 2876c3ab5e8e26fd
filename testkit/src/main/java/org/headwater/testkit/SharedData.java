package org.headwater.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Public benchmark data whose licence keeps it out of the repository (EUPL: LeakDB, KY1), read where
 * it lies: {@code $HEADWATER_SHARED_DATA} when set, else {@code ../shared/data} beside the repository.
 * A test that needs it is skipped, saying where it looked and why the data is not shipped.
 */
public final class SharedData {

    public static final String ENV = "HEADWATER_SHARED_DATA";

    private SharedData() {}

    /** The shared data folder (it may not exist). */
    public static Path folder() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        // Tests run in the module folder; the repository is its parent.
        return Path.of("..", "..", "shared", "data");
    }

    /**
     * {@code relative} (a file or a folder) in {@link #folder()}, or the calling test is skipped (a JUnit
     * assumption, never a pass) with a reason naming {@code what} and the path looked at.
     */
    public static Path require(String relative, String what) {
        Path path = folder().resolve(relative).toAbsolutePath().normalize();
        assumeTrue(
                Files.exists(path),
                () -> what + " is not shipped with the repository and was not found at " + path + "; set " + ENV
                        + " to the folder holding " + relative);
        return path;
    }
}
