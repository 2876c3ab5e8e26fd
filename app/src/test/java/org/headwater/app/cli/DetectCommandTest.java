package org.headwater.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./headwater detect FILE --format daiad}: offline, no database, the exact last line. */
class DetectCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = HeadwaterMain.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Two DAIAD households over three days: one leaking 8 L every hour, one using water twice a day. */
    private static Path daiadFile(Path dir) throws IOException {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
        List<String> lines = new ArrayList<>(List.of("user.key;datetime;meter.reading;diff"));
        LocalDateTime start = LocalDateTime.parse("2016-03-01T00:19:43");
        double leaking = 1000;
        double ordinary = 5000;
        for (int h = 0; h < 72; h++) {
            String time = start.plusHours(h).format(format);
            leaking += 8;
            ordinary += h % 24 == 7 || h % 24 == 20 ? 60 : 0;
            lines.add("leaky;" + time + ";" + leaking + ";8");
            lines.add("ordinary;" + time + ";" + ordinary + ";0");
        }
        Path file = dir.resolve("daiad.csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void detectRunsOfflineAndEndsWithTheTotals(@TempDir Path dir) throws IOException {
        // Issue 3 item 7: a table per type per 1,000 meter-days and the exact last line.
        assertThat(run("detect", daiadFile(dir).toString(), "--format", "daiad"))
                .isZero();

        String[] lines = out.toString().strip().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo("TOTAL alerts=1 meter_days=6");
        assertThat(out.toString()).containsPattern("CONTINUOUS_LEAK\\s+1\\s+166\\.67");
        assertThat(Files.list(dir)).as("no database was started").hasSize(1);
    }

    @Test
    void aThresholdSetForTheRunChangesTheResult(@TempDir Path dir) throws IOException {
        assertThat(run(
                        "detect",
                        daiadFile(dir).toString(),
                        "--format",
                        "daiad",
                        "--threshold",
                        "leak_min_litres_per_hour=10"))
                .isZero();

        assertThat(out.toString()).contains("TOTAL alerts=0 meter_days=6");
    }

    @Test
    void aMalformedThresholdIsRefusedNamingTheField(@TempDir Path dir) throws IOException {
        assertThat(run(
                        "detect",
                        daiadFile(dir).toString(),
                        "--format",
                        "daiad",
                        "--threshold",
                        "leak_duration_hours=-1"))
                .isEqualTo(2);

        assertThat(err.toString()).contains("leak_duration_hours");
    }

    @Test
    void detectExplainsItselfWithHelp() {
        assertThat(run("detect", "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: headwater detect");
    }
}
