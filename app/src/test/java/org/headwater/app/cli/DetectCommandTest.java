package org.headwater.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./headwater detect FILE --format daiad}: offline, no database, the exact last line. */
class DetectCommandTest {

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

    private static CliRun detect(Path dir, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("detect", daiadFile(dir).toString(), "--format", "daiad"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void detectRunsOfflineAndEndsWithTheTotals(@TempDir Path dir) throws IOException {
        // Issue 3 item 7: a table per type per 1,000 meter-days and the exact last line.
        CliRun run = detect(dir);

        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo("TOTAL alerts=1 meter_days=6");
        assertThat(run.out()).containsPattern("CONTINUOUS_LEAK\\s+1\\s+166\\.67");
        assertThat(Files.list(dir)).as("no database was started").hasSize(1);
    }

    @Test
    void aThresholdSetForTheRunChangesTheResult(@TempDir Path dir) throws IOException {
        CliRun run = detect(dir, "--threshold", "leak_min_litres_per_hour=10");

        assertThat(run.out()).contains("TOTAL alerts=0 meter_days=6");
    }

    @Test
    void aMalformedThresholdIsRefusedNamingTheField(@TempDir Path dir) throws IOException {
        // Issue 3 item 9.
        CliRun run = detect(dir, "--threshold", "leak_duration_hours=-1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("leak_duration_hours");
    }

    @Test
    void detectExplainsItselfWithHelp() {
        CliRun run = CliRun.of("detect", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: headwater detect");
    }
}
