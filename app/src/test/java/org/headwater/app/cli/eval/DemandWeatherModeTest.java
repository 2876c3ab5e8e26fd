package org.headwater.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.DoubleUnaryOperator;
import org.headwater.analytics.demand.BwdfCsv;
import org.headwater.analytics.demand.HourlySeries;
import org.headwater.analytics.demand.HourlyTable;
import org.headwater.app.cli.HeadwaterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 23 item 2, ADR 0022: {@code --weather-mode forecast} reads an Open-Meteo file with the same
 * reader and splice as the live job. No real forecasts exist for BWDF, so the files here are made from
 * the observed weather: unchanged (a perfect forecast must score exactly as {@code observed}) and
 * shifted (the forecast is really what the model sees).
 */
class DemandWeatherModeTest {

    private static final String INFLOWS = ShippedBwdf.INFLOWS;
    private static final String WEATHER = ShippedBwdf.WEATHER;
    private static final List<String> QUICK_MODEL =
            List.of("--inflows", INFLOWS, "--weather", WEATHER, "--weeks", "2022-03-14", "--iterations", "30");

    @TempDir
    Path dir;

    @Test
    void aForecastFileHoldingTheObservedWeatherScoresExactlyAsObserved() throws IOException {
        Path perfect = openMeteoFile("perfect.json", t -> t);

        String observed = sumLine("--weather-mode", "observed");
        String forecast = sumLine("--weather-mode", "forecast", "--weather-forecast", perfect.toString());

        assertThat(forecast).isEqualTo(observed);
    }

    @Test
    void aWarmerForecastChangesTheForecastAndNoWeatherDiffersFromBoth() throws IOException {
        Path warmer = openMeteoFile("warmer.json", t -> t + 8);

        String observed = sumLine("--weather-mode", "observed");
        String shifted = sumLine("--weather-mode", "forecast", "--weather-forecast", warmer.toString());
        String none = sumLine("--weather-mode", "none");

        assertThat(shifted).isNotEqualTo(observed);
        assertThat(none).isNotEqualTo(observed).isNotEqualTo(shifted);
    }

    @Test
    void forecastModeWithoutAFileIsAUsageError() {
        StringWriter err = new StringWriter();
        int exit = run(new StringWriter(), err, "--weather-mode", "forecast");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--weather-forecast: required with --weather-mode forecast");
    }

    private String sumLine(String... mode) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = run(out, err, mode);
        assertThat(exit).as(err.toString()).isZero();
        return out.toString().lines().toList().getLast();
    }

    private int run(StringWriter out, StringWriter err, String... mode) {
        CommandLine commandLine = HeadwaterMain.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        List<String> args = new java.util.ArrayList<>(List.of("eval", "demand"));
        args.addAll(QUICK_MODEL);
        args.addAll(List.of(mode));
        return commandLine.execute(args.toArray(String[]::new));
    }

    /** The shipped observed weather in Open-Meteo's hourly shape (Unix times), temperature mapped by {@code f}. */
    private Path openMeteoFile(String name, DoubleUnaryOperator f) throws IOException {
        HourlyTable table = BwdfCsv.read(Path.of(WEATHER));
        HourlySeries temperature = table.column("Air temperature");
        StringJoiner time = new StringJoiner(",");
        StringJoiner t2m = new StringJoiner(",");
        StringJoiner rain = new StringJoiner(",");
        StringJoiner humidity = new StringJoiner(",");
        StringJoiner wind = new StringJoiner(",");
        for (int i = 0; i < temperature.size(); i++) {
            Instant hour = temperature.start().plusSeconds(3600L * i);
            time.add(Long.toString(hour.getEpochSecond()));
            t2m.add(number(f.applyAsDouble(temperature.at(hour))));
            rain.add(number(table.column("Rainfall depth").at(hour)));
            humidity.add(number(table.column("Air humidity").at(hour)));
            wind.add(number(table.column("Windspeed").at(hour)));
        }
        String json = "{\"timezone\":\"GMT\",\"hourly\":{\"time\":[" + time + "],\"temperature_2m\":[" + t2m
                + "],\"precipitation\":[" + rain + "],\"relative_humidity_2m\":[" + humidity
                + "],\"wind_speed_10m\":[" + wind + "]}}";
        return Files.writeString(dir.resolve(name), json);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%s", value);
    }
}
