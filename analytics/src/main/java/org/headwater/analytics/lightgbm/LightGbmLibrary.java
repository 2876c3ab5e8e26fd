package org.headwater.analytics.lightgbm;

import io.github.metarank.lightgbm4j.LGBMBooster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads LightGBM's native library from a directory of this JVM's own (ADR 0006). lightgbm4j extracts
 * it to a fixed name in the shared temp directory, where another JVM extracting at the same moment
 * can truncate the mapped file under us (the process then dies with SIGBUS). {@link LGBMBooster}
 * loads the library in its static initializer, so nothing may touch it before {@link #load()}.
 */
public final class LightGbmLibrary {

    private static final String TMPDIR = "java.io.tmpdir";
    private static boolean loaded;

    private LightGbmLibrary() {}

    /** Loads the library once per JVM; every model calls this before its first use of lightgbm4j. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        String sharedTemp = System.getProperty(TMPDIR);
        try {
            Path privateDir = Files.createTempDirectory("headwater-lightgbm-");
            System.setProperty(TMPDIR, privateDir.toString());
            if (!LGBMBooster.isNativeLoaded()) {
                LGBMBooster.loadNative();
            }
            // Once mapped, the files are no longer needed on Linux; do not leave 7 MB per run behind.
            try (var files = Files.list(privateDir)) {
                files.forEach(file -> file.toFile().delete());
            }
            Files.deleteIfExists(privateDir);
            loaded = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load LightGBM's native library", e);
        } finally {
            System.setProperty(TMPDIR, sharedTemp);
        }
    }
}
