package org.headwater.analytics.demand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.headwater.analytics.calendar.PublicHolidays;
import org.headwater.calendar.UtilityCalendar;

/** The BWDF excerpt shipped under {@code data/bwdf-dma-inflows/}, found from the module directory. */
final class BwdfTestData {

    /** BWDF's utility: north-east Italy, national holidays. */
    static final UtilityCalendar ITALY = PublicHolidays.calendar("Europe/Rome", "IT", "");

    static final Path DIRECTORY = locate();
    static final Path AUTUMN_INFLOWS = DIRECTORY.resolve("InflowData_2021-10-04_to_2021-11-07.csv.gz");
    static final Path WINTER_SPRING_INFLOWS = DIRECTORY.resolve("InflowData_2021-12-06_to_2022-04-03.csv.gz");
    static final Path WEATHER = DIRECTORY.resolve("WeatherData_2021-10-04_to_2022-04-03.csv.gz");

    private BwdfTestData() {}

    static HourlyTable winterSpringInflows() {
        return BwdfCsv.read(WINTER_SPRING_INFLOWS);
    }

    static Weather weather() {
        return Weather.from(BwdfCsv.read(WEATHER));
    }

    /** Writes a small CSV into {@code directory} for tests of odd input. */
    static Path csv(Path directory, String name, List<String> lines) {
        try {
            return Files.write(directory.resolve(name), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("data/bwdf-dma-inflows");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "data/bwdf-dma-inflows not found above " + Path.of("").toAbsolutePath());
    }
}
