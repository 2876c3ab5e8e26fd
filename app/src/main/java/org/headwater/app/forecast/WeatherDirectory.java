package org.headwater.app.forecast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.headwater.ingest.weather.WeatherFiles;
import org.headwater.weather.WeatherForecasts;
import org.headwater.weather.WeatherHour;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Weather from the forecast files in one directory ({@code headwater.forecast.weather-dir}, where
 * {@code ./headwater import weather} puts them): every {@code .json} and {@code .csv} file, read in name
 * order, a later file replacing the hours an earlier one gave (imports are named by their time, so the
 * newest forecast wins). The files are read again when the directory changes. A file that no longer
 * reads is skipped with a warning, so one bad file does not take the weather away.
 */
final class WeatherDirectory implements WeatherForecasts {

    private static final Logger log = LoggerFactory.getLogger(WeatherDirectory.class);

    private final Path directory;
    private final ZoneId zone;
    private List<WeatherHour> hours = List.of();
    private String fingerprint = "";

    /** @param zone the utility's zone, for CSV times written without an offset */
    WeatherDirectory(Path directory, ZoneId zone) {
        this.directory = directory;
        this.zone = zone;
    }

    @Override
    public synchronized List<WeatherHour> between(Instant from, Instant to) {
        List<Path> files = files();
        String now = files.stream().map(WeatherDirectory::stamp).toList().toString();
        if (!now.equals(fingerprint)) {
            hours = WeatherFiles.merge(files.stream().map(this::read).toList());
            fingerprint = now;
        }
        return hours.stream()
                .filter(h -> !h.hour().isBefore(from) && h.hour().isBefore(to))
                .toList();
    }

    @Override
    public String source() {
        return "files in " + directory;
    }

    private List<Path> files() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(
                            p -> p.toString().endsWith(".json") || p.toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("weather: cannot list " + directory, e);
        }
    }

    private List<WeatherHour> read(Path file) {
        try {
            return WeatherFiles.read(file, zone);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            log.warn("weather file skipped: {}", e.getMessage());
            return List.of();
        }
    }

    private static String stamp(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return file.getFileName() + "@" + modified.toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            return file.getFileName() + "@gone";
        }
    }
}
