package org.headwater.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.headwater.analytics.demand.BwdfCsv;
import org.headwater.app.cli.HeadwaterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Drives {@code eval demand} through the real command tree, without Spring. */
class DemandEvalTest {

    private static final Path DATA = ShippedBwdf.DATA;
    private static final String INFLOWS = ShippedBwdf.INFLOWS;
    private static final String WEATHER = ShippedBwdf.WEATHER;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = HeadwaterMain.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 2];
        full[0] = "eval";
        full[1] = "demand";
        System.arraycopy(args, 0, full, 2, args.length);
        return commandLine.execute(full);
    }

    @Test
    void printsOneRowPerWeekAndDmaAndEndsWithTheSumLine() {
        int exit = run(
                "--inflows",
                INFLOWS,
                "--weather",
                WEATHER,
                "--weeks",
                "2022-03-14,2022-03-21",
                "--model",
                "baseline",
                "--forecast-out",
                dir.toString());

        List<String> lines = out.toString().lines().toList();
        assertThat(exit).isZero();
        assertThat(lines).filteredOn(line -> line.startsWith("2022-03-")).hasSize(20);
        assertThat(lines.getLast()).matches("SUM \\d+\\.\\d{3}");
        assertThat(BwdfCsv.read(dir.resolve("forecast-2022-03-21.csv"))
                        .column("DMA 10")
                        .size())
                .isEqualTo(168);
    }

    @Test
    void aLaterFileWithDifferentTruthForTheWeekLeavesItsForecastFileUnchanged() throws IOException {
        Path honestOut = dir.resolve("honest");
        Path tamperedOut = dir.resolve("tampered");
        Path tamperedTruth = tripledWeek(dir.resolve("truth.csv"), "/03/2022", 14, 20);

        runBaselineOnMarch14(honestOut, INFLOWS);
        String honestSum = out.toString().lines().toList().getLast();
        runBaselineOnMarch14(tamperedOut, INFLOWS, tamperedTruth.toString());

        assertThat(tamperedOut.resolve("forecast-2022-03-14.csv"))
                .hasSameTextualContentAs(honestOut.resolve("forecast-2022-03-14.csv"));
        assertThat(out.toString().lines().toList().getLast()).isNotEqualTo(honestSum);
    }

    private void runBaselineOnMarch14(Path forecastOut, String... inflowFiles) {
        List<String> args = new ArrayList<>();
        for (String file : inflowFiles) {
            args.addAll(List.of("--inflows", file));
        }
        args.addAll(List.of("--weather", WEATHER, "--weeks", "2022-03-14", "--model", "baseline"));
        args.addAll(List.of("--forecast-out", forecastOut.toString()));
        run(args.toArray(String[]::new));
    }

    /** The excerpt's rows for days {@code first}..{@code last} of the month, every value tripled. */
    private static Path tripledWeek(Path file, String monthYear, int first, int last) throws IOException {
        List<String> lines;
        try (var in = new GZIPInputStream(Files.newInputStream(Path.of(INFLOWS)))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        List<String> week = new ArrayList<>(List.of(lines.getFirst()));
        for (String line : lines) {
            for (int day = first; day <= last; day++) {
                if (line.startsWith(String.format("%02d%s", day, monthYear))) {
                    String[] cells = line.split(",");
                    for (int c = 1; c < cells.length; c++) {
                        cells[c] = cells[c].equals("NaN") ? "NaN" : String.valueOf(3 * Double.parseDouble(cells[c]));
                    }
                    week.add(String.join(",", cells));
                }
            }
        }
        return Files.write(file, week);
    }

    @Test
    void aMissingFileIsNamed() {
        int exit =
                run("--inflows", dir.resolve("missing.csv").toString(), "--weather", WEATHER, "--weeks", "2022-03-14");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("file not found").contains("missing.csv");
    }

    @Test
    void aWeekThatIsNotAMondayIsRejected() {
        int exit = run("--inflows", INFLOWS, "--weather", WEATHER, "--weeks", "2022-03-15");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("2022-03-15 is a TUESDAY");
    }

    @Test
    void aWeekWithoutTruthInTheFilesIsRejected() {
        int exit = run("--inflows", INFLOWS, "--weather", WEATHER, "--weeks", "2022-07-25");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("week 2022-07-25: no inflow truth");
    }

    @Test
    void anUnparsableRowNamesFileAndLine() throws IOException {
        Path bad = Files.write(
                dir.resolve("bad.csv"),
                List.of(
                        "Date-time CET-CEST (DD/MM/YYYY HH:mm),DMA 1 (L/s)",
                        "14/03/2022 00:00,1.5",
                        "14/03/2022 1am,2"));

        int exit = run("--inflows", bad.toString(), "--weather", WEATHER, "--weeks", "2022-03-14");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("bad.csv: line 3").contains("'14/03/2022 1am'");
    }

    @Test
    void weatherThatDoesNotCoverTheWeekIsReported() throws IOException {
        Path weather = Files.write(
                dir.resolve("weather.csv"),
                List.of(
                        "Date-time CET-CEST (DD/MM/YYYY HH:mm),Rainfall depth (mm),Air temperature (°C),Air humidity (%),"
                                + "Windspeed (km/h)",
                        "14/03/2022 00:00,0,8.5,80,3"));

        int exit = run("--inflows", INFLOWS, "--weather", weather.toString(), "--weeks", "2022-03-14");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("weather: only 1 of 168 hours of week 2022-03-14");
    }

    @Test
    void weatherWithoutTemperatureIsReported() throws IOException {
        Path weather = Files.write(
                dir.resolve("weather.csv"),
                List.of("Date-time CET-CEST (DD/MM/YYYY HH:mm),Rainfall depth (mm)", "14/03/2022 00:00,0"));

        int exit = run("--inflows", INFLOWS, "--weather", weather.toString(), "--weeks", "2022-03-14");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("weather: missing column 'Air temperature'");
    }
}
