package org.headwater.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.headwater.app.cli.HeadwaterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WqEventsEvalTest {

    private static final Path SLICE =
            Path.of("..", "data", "gecco-water-quality", "gecco2018_train_2016-08-13_to_08-16.csv.gz");

    @Test
    void printsPrecisionRecallAndRuntimeAndEndsWithTheF1Line() {
        Run run = run("eval", "wq-events", "--train", SLICE.toString(), "--test", SLICE.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("precision ", "recall ", "runtime ");
        assertThat(run.lastLine()).matches("F1 [01]\\.\\d{4}");
    }

    @Test
    void badTestFileIsReportedByNameWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "\"Time\",\"pH\",\"EVENT\"\n\"2016-08-03 09:49:00\",8.3,\"FALSE\"\n");

        Run run = run("eval", "wq-events", "--train", SLICE.toString(), "--test", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv: unexpected header", "missing column(s) [Tp, Cl, Redox");
        assertThat(run.err()).doesNotContain("at org.headwater");
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
