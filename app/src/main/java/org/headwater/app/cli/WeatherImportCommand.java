package org.headwater.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.headwater.ingest.weather.WeatherFiles;
import org.headwater.weather.WeatherHour;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./headwater import weather FILE}: checks a weather forecast file (CSV or Open-Meteo JSON) and
 * puts it in the directory the forecast job reads ({@code headwater.forecast.weather-dir}, by default
 * {@code weather} in the data directory), named by the import time so the newest forecast wins where
 * files overlap. It needs no database and can run beside the server; the next daily run uses it.
 */
@Command(
        name = "weather",
        mixinStandardHelpOptions = true,
        description = {
            "Add a weather forecast file (hourly temperature_2m, precipitation, relative_humidity_2m;",
            "CSV or Open-Meteo JSON) for the daily demand forecast. See docs/demand-forecasting.md."
        })
final class WeatherImportCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Parameters(index = "0", paramLabel = "FILE", description = "The forecast file (.json or .csv).")
    Path file;

    @Option(
            names = "--data-dir",
            defaultValue = ".headwater/demo",
            description = "Data directory of the embedded default (default: ${DEFAULT-VALUE}); the file goes to its"
                    + " weather/ folder.")
    Path dataDirectory;

    @Option(
            names = "--weather-dir",
            description = "The server's headwater.forecast.weather-dir, when it is set (overrides --data-dir).")
    @Nullable
    Path weatherDirectory;

    @Option(
            names = "--zone",
            defaultValue = "UTC",
            description = "Zone of CSV times written without an offset, to check them (default UTC; the server"
                    + " reads them in headwater.utility.zone).")
    String zone;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<WeatherHour> hours = WeatherFiles.read(file, ZoneId.of(zone));
        if (hours.isEmpty()) {
            throw new IllegalArgumentException(file + ": no hours");
        }
        String name = file.getFileName().toString();
        if (!name.endsWith(".json") && !name.endsWith(".csv")) {
            name = name + (Files.isReadable(file) && startsWithBrace(file) ? ".json" : ".csv");
        }
        Path directory = weatherDirectory != null ? weatherDirectory : dataDirectory.resolve("weather");
        Path target = directory.resolve(STAMP.format(Instant.now()) + "-" + name);
        try {
            Files.createDirectories(directory);
            Files.copy(file, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + file + " to " + directory, e);
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "Imported %d weather hours (%s to %s) as %s%n",
                        hours.size(), hours.getFirst().hour(), hours.getLast().hour(), target);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static boolean startsWithBrace(Path file) {
        try {
            return Files.readString(file).stripLeading().startsWith("{");
        } catch (IOException e) {
            return false;
        }
    }
}
