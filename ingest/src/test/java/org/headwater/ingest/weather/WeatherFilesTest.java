package org.headwater.ingest.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.headwater.weather.WeatherHour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeatherFilesTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path directory;

    @Test
    void openMeteosHourlyShapeIsReadInItsTimezone() throws IOException {
        Path file = write("forecast.json", """
                {"latitude":45.4,"longitude":11.9,"utc_offset_seconds":7200,"timezone":"Europe/Rome",
                 "hourly_units":{"time":"iso8601","temperature_2m":"°C","precipitation":"mm","relative_humidity_2m":"%"},
                 "hourly":{"time":["2022-07-25T00:00","2022-07-25T01:00","2022-07-25T02:00"],
                           "temperature_2m":[24.1,23.5,null],
                           "precipitation":[0.0,1.2,0.0],
                           "relative_humidity_2m":[61,64,70]}}
                """);

        List<WeatherHour> hours = WeatherFiles.read(file, ZoneId.of("UTC"));

        assertThat(hours).hasSize(3);
        // Midnight in Rome in summer is 22:00 UTC the day before.
        assertThat(hours.getFirst().hour()).isEqualTo(Instant.parse("2022-07-24T22:00:00Z"));
        assertThat(hours.get(1).precipitationMm()).isEqualTo(1.2);
        assertThat(hours.get(2).temperatureCelsius()).isNaN();
        assertThat(hours.getFirst().windKmPerHour()).isNaN();
    }

    @Test
    void unixTimesAndWindAreReadToo() throws IOException {
        Path file = write("forecast.json", """
                {"hourly":{"time":[1658700000],"temperature_2m":[20],"precipitation":[0],
                 "relative_humidity_2m":[50],"wind_speed_10m":[12.5]}}
                """);

        WeatherHour hour = WeatherFiles.read(file, ROME).getFirst();

        assertThat(hour.hour()).isEqualTo(Instant.ofEpochSecond(1658700000));
        assertThat(hour.windKmPerHour()).isEqualTo(12.5);
    }

    @Test
    void aCsvTakesOffsetsOrTheUtilitysLocalTime() throws IOException {
        Path file = write("forecast.csv", """
                time,precipitation,temperature_2m,relative_humidity_2m
                2022-07-25T00:00+02:00,0.0,24.1,61
                2022-07-25T01:00,NaN,23.5,
                """);

        List<WeatherHour> hours = WeatherFiles.read(file, ROME);

        assertThat(hours)
                .extracting(WeatherHour::hour)
                .containsExactly(Instant.parse("2022-07-24T22:00:00Z"), Instant.parse("2022-07-24T23:00:00Z"));
        assertThat(hours.get(1).precipitationMm()).isNaN();
        assertThat(hours.get(1).humidityPercent()).isNaN();
        assertThat(hours.get(1).temperatureCelsius()).isEqualTo(23.5);
    }

    @Test
    void badFilesAreRefusedNamingTheFieldAndValue() throws IOException {
        Path fahrenheit = write("f.json", """
                {"hourly_units":{"temperature_2m":"°F"},"hourly":{"time":["2022-07-25T00:00"],
                 "temperature_2m":[75],"precipitation":[0],"relative_humidity_2m":[50]}}
                """);
        Path short_ = write("s.json", """
                {"hourly":{"time":["2022-07-25T00:00","2022-07-25T01:00"],
                 "temperature_2m":[20],"precipitation":[0,0],"relative_humidity_2m":[50,50]}}
                """);
        Path badCsv = write(
                "b.csv", "time,temperature_2m,precipitation,relative_humidity_2m\n" + "2022-07-25T00:00Z,warm,0,50\n");
        Path noHumidity = write("h.csv", "time,temperature_2m,precipitation\n2022-07-25T00:00Z,20,0\n");

        assertThatThrownBy(() -> WeatherFiles.read(fahrenheit, ROME))
                .hasMessageContaining("hourly_units.temperature_2m");
        assertThatThrownBy(() -> WeatherFiles.read(short_, ROME))
                .hasMessageContaining("hourly.temperature_2m: 1 values for 2 times");
        assertThatThrownBy(() -> WeatherFiles.read(badCsv, ROME))
                .hasMessageContaining("line 2, temperature_2m: 'warm' is not a number");
        assertThatThrownBy(() -> WeatherFiles.read(noHumidity, ROME))
                .hasMessageContaining("no column 'relative_humidity_2m'");
    }

    @Test
    void aNewerFileReplacesTheHoursItCovers() {
        Instant h = Instant.parse("2022-07-25T00:00:00Z");
        List<WeatherHour> older = List.of(new WeatherHour(h, 20, 0, 50, Double.NaN));
        List<WeatherHour> newer = List.of(
                new WeatherHour(h, 22, 0, 55, Double.NaN), new WeatherHour(h.plusSeconds(3600), 21, 0, 56, Double.NaN));

        List<WeatherHour> merged = WeatherFiles.merge(List.of(older, newer));

        assertThat(merged).extracting(WeatherHour::temperatureCelsius).containsExactly(22.0, 21.0);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text);
    }
}
