package org.headwater.analytics.breakrisk;

import io.github.metarank.lightgbm4j.LGBMBooster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads LightGBM's native library from a private directory. lightgbm4j extracts it to a fixed name
 * in the shared temp directory, where another JVM extracting at the same moment can truncate the
 * mapped file under us (the process then dies with SIGBUS). The class {@link LGBMBooster} loads
 * the library in its static initializer, so it must not be touched before the redirect.
 */
final class LightGbmNative {

    private static boolean loaded;

    private LightGbmNative() {}

    static synchronized void load() {
        if (loaded) {
            return;
        }
        String sharedTemp = System.getProperty("java.io.tmpdir");
        try {
            Path privateDir = Files.createTempDirectory("headwater-lightgbm-");
            System.setProperty("java.io.tmpdir", privateDir.toString());
            LGBMBooster.loadNative();
            // once mapped, the files are no longer needed on Linux; do not leave 7 MB per run behind
            try (var files = Files.list(privateDir)) {
                files.forEach(file -> file.toFile().delete());
            }
            Files.deleteIfExists(privateDir);
            loaded = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load LightGBM's native library", e);
        } finally {
            System.setProperty("java.io.tmpdir", sharedTemp);
        }
    }
}
