package org.headwater.analytics.demand;

import io.github.metarank.lightgbm4j.LGBMBooster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads LightGBM's native library from a directory of this JVM's own. lightgbm4j otherwise extracts
 * it to a fixed name in the shared temporary directory, and another JVM overwriting that file while
 * this one has it mapped crashes this one.
 */
final class LightGbmLibrary {

    private static final String TMPDIR = "java.io.tmpdir";
    private static boolean loaded;

    private LightGbmLibrary() {}

    static synchronized void load() {
        if (loaded) {
            return;
        }
        String sharedTmp = System.getProperty(TMPDIR);
        try {
            Path privateDir = Files.createTempDirectory("headwater-lightgbm-");
            deleteOnExit(privateDir);
            System.setProperty(TMPDIR, privateDir.toString());
            // The first touch of LGBMBooster runs its static initialiser, which extracts into java.io.tmpdir.
            if (!LGBMBooster.isNativeLoaded()) {
                LGBMBooster.loadNative();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load LightGBM's native library", e);
        } finally {
            System.setProperty(TMPDIR, sharedTmp);
        }
        loaded = true;
    }

    private static void deleteOnExit(Path privateDir) {
        privateDir.toFile().deleteOnExit();
        // Registered after the directory, so deleted before it.
        for (String library : new String[] {
            "lib_lightgbm.so", "lib_lightgbm.so.md5", "lib_lightgbm_swig.so", "lib_lightgbm_swig.so.md5"
        }) {
            privateDir.resolve(library).toFile().deleteOnExit();
        }
    }
}
