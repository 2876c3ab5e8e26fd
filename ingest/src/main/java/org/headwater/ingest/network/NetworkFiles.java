package org.headwater.ingest.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;

/** Opens network files, plain or gzip-compressed, and names them by their format extension. */
final class NetworkFiles {

    private NetworkFiles() {}

    /**
     * A UTF-8 reader; malformed bytes become replacement characters instead of failing the import,
     * and a byte-order mark at the start (Windows editors write one) is skipped.
     */
    static BufferedReader open(Path file) {
        try {
            InputStream in = Files.newInputStream(file);
            if (isGzip(file)) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open network file " + file, e);
        }
    }

    /** Opens the file, hands the reader and the file name to {@code parse}, and closes it. */
    static <T> T read(Path file, BiFunction<BufferedReader, String, T> parse) {
        try (BufferedReader in = open(file)) {
            return parse.apply(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static boolean isGzip(Path file) {
        return lowerName(file).endsWith(".gz");
    }

    /** The file name without a trailing {@code .gz}, lower case: {@code net1.inp}. */
    static String formatName(Path file) {
        String name = lowerName(file);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** The file name without {@code .gz} and without its format extension: the network's name. */
    static String baseName(Path file) {
        String name = String.valueOf(file.getFileName());
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String lowerName(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    }
}
