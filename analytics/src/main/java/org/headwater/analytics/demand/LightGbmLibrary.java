package org.headwater.analytics.demand;

import io.github.metarank.lightgbm4j.LGBMBooster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Loads LightGBM's native library from a directory of this JVM's own. lightgbm4j otherwise extracts
 * it to a fixed name in the shared temporary directory, and another JVM overwriting that file while
 * this one has it mapped crashes this one.
 */
final class LightGbmLibrary {

    private static final String TMPDIR = "java.io.tmpdir";

    private LightGbmLibrary() {}

    static synchronized void load() {
        if (LGBMBooster.isNativeLoaded()) {
            return;
        }
        String sharedTmp = System.getProperty(TMPDIR);
        try {
            var privateDir = Files.createTempDirectory("headwater-lightgbm-");
            privateDir.toFile().deleteOnExit();
            System.setProperty(TMPDIR, privateDir.toString());
            LGBMBooster.loadNative();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load LightGBM's native library", e);
        } finally {
            System.setProperty(TMPDIR, sharedTmp);
        }
    }
}
