package org.headwater.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.headwater.analytics.calendar.PublicHolidays;
import org.headwater.analytics.demand.ForecastWeek;
import org.headwater.calendar.UtilityCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADR 0022: the daily job's weather comes from the imported files when they cover the week, else none. */
class WeatherDirectoryTest {

    static final UtilityCalendar ROME = PublicHolidays.calendar("Europe/Rome", "IT", "");
    static final ForecastWeek WEEK = new ForecastWeek(LocalDate.of(2026, 3, 16), ROME);

    @TempDir
    Path directory;

    @Test
    void withoutFilesTheJobForecastsWithoutWeatherAndSaysSo() {
        var used = DmaForecastJob.weatherFor(new WeatherDirectory(directory.resolve("absent"), ROME.zone()), WEEK);

        assertThat(used.mode()).isEqualTo("none");
        assertThat(used.weather().isAvailable()).isFalse();
    }

    @Test
    void aForecastCoveringTheWeekIsUsedAndTheNewestFileWins() throws IOException {
        Files.writeString(directory.resolve("20260315T000000Z-old.csv"), csv(WEEK.origin(), 168, 10));
        Files.writeString(directory.resolve("20260316T000000Z-new.csv"), csv(WEEK.origin(), 168, 14));
        Files.writeString(directory.resolve("20260316T010000Z-broken.csv"), "time,temperature_2m\nnot,a file\n");

        var used = DmaForecastJob.weatherFor(new WeatherDirectory(directory, ROME.zone()), WEEK);

        assertThat(used.mode()).isEqualTo("forecast");
        assertThat(used.detail()).startsWith("168 of 168 hours from files in " + directory);
        assertThat(used.weather().temperatureCelsius().at(WEEK.hour(5))).isEqualTo(14.0);
    }

    @Test
    void aForecastCoveringLessThanHalfTheWeekIsNotUsed() throws IOException {
        Files.writeString(directory.resolve("short.csv"), csv(WEEK.origin(), 48, 10));

        var used = DmaForecastJob.weatherFor(new WeatherDirectory(directory, ZoneId.of("Europe/Rome")), WEEK);

        assertThat(used.mode()).isEqualTo("none");
        assertThat(used.detail()).startsWith("48 of 168 hours of the week");
    }

    private static String csv(Instant from, int hours, double temperature) {
        StringBuilder text = new StringBuilder("time,temperature_2m,precipitation,relative_humidity_2m\n");
        for (int h = 0; h < hours; h++) {
            text.append(from.plusSeconds(3600L * h))
                    .append(',')
                    .append(temperature)
                    .append(",0,60\n");
        }
        return text.toString();
    }
}
