package org.headwater.app.cli.eval;

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
import java.util.Locale;
import java.util.Random;
import org.headwater.app.cli.HeadwaterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval wq-events} on a synthetic file in the GECCO layout (the GECCO data are GPL-3 and not shipped). */
class WqEventsEvalTest {

    @Test
    void printsPrecisionRecallAndRuntimeAndEndsWithTheF1Line(@TempDir Path dir) throws IOException {
        Path station = synthetic(dir.resolve("station.csv"));

        Run run = run("eval", "wq-events", "--train", station.toString(), "--test", station.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("precision ", "recall ", "runtime ");
        assertThat(run.lastLine()).matches("F1 [01]\\.\\d{4}");
        // The labelled pH steps are plain to see: the tuned detector finds most of them.
        assertThat(Double.parseDouble(run.lastLine().substring(3))).isGreaterThan(0.5);
    }

    @Test
    void badTestFileIsReportedByNameWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path station = synthetic(dir.resolve("station.csv"));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "\"Time\",\"pH\",\"EVENT\"\n\"2016-08-03 09:49:00\",8.3,\"FALSE\"\n");

        Run run = run("eval", "wq-events", "--train", station.toString(), "--test", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv: unexpected header", "missing column(s) [Tp, Cl, Redox");
        assertThat(run.err()).doesNotContain("at org.headwater");
    }

    /**
     * Two days of seeded 1-minute rows in the GECCO layout, steady with sensor-resolution noise, and
     * a labelled event every six hours: pH raised by 0.2 for 20 minutes.
     */
    private static Path synthetic(Path file) throws IOException {
        Random random = new Random(23);
        List<String> rows = new ArrayList<>();
        rows.add("\"Time\",\"Tp\",\"Cl\",\"pH\",\"Redox\",\"Leit\",\"Trueb\",\"Cl_2\",\"Fm\",\"Fm_2\",\"EVENT\"");
        LocalDateTime start = LocalDateTime.of(2016, 8, 13, 0, 0);
        for (int minute = 0; minute < 2 * 24 * 60; minute++) {
            boolean event = minute % 360 >= 180 && minute % 360 < 200;
            rows.add(String.format(
                    Locale.ROOT,
                    "\"%s\",%.1f,%.2f,%.2f,%d,%d,%.3f,%.3f,%d,%d,\"%s\"",
                    start.plusMinutes(minute).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
                    6.9 + 0.05 * random.nextGaussian(),
                    0.17 + 0.003 * random.nextGaussian(),
                    8.34 + 0.005 * random.nextGaussian() + (event ? 0.2 : 0),
                    750 + Math.round(random.nextGaussian()),
                    210 + Math.round(0.5 * random.nextGaussian()),
                    0.02 + 0.001 * random.nextGaussian(),
                    0.10 + 0.002 * random.nextGaussian(),
                    1300 + Math.round(20 * random.nextGaussian()),
                    800 + Math.round(10 * random.nextGaussian()),
                    event ? "TRUE" : "FALSE"));
        }
        return Files.write(file, rows);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = HeadwaterMain.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {

        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.getLast();
        }
    }
}
