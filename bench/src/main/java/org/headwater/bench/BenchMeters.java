package org.headwater.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/** The meters of the benchmarks that run the server jar: a GeoJSON network the server imports, and their ids. */
final class BenchMeters {

    private BenchMeters() {}

    static String meterId(int i) {
        return String.format(Locale.ROOT, "AL-%06d", i);
    }

    /** A GeoJSON network of {@code meters} meters on a grid, each at its own premise-free point. */
    static Path network(Path work, int meters) throws IOException {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < meters; i++) {
            if (i > 0) {
                json.append(',');
            }
            double lon = -80.5 + (i % 100) * 0.001;
            double lat = 43.4 + (i / 100) * 0.001;
            json.append("{\"type\":\"Feature\",\"id\":\"")
                    .append(meterId(i))
                    .append("\",\"properties\":{\"kind\":\"meter\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(String.format(Locale.ROOT, "%.6f,%.6f", lon, lat))
                    .append("]}}");
        }
        json.append("]}");
        Path file = work.resolve("bench-meters.geojson");
        Files.writeString(file, json);
        return file;
    }

    static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
