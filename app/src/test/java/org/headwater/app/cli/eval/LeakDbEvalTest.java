package org.headwater.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.headwater.app.cli.HeadwaterMain;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Drives {@code eval leakdb} on the repository's LeakDB slice (scenarios 1–20), over 60 days. */
class LeakDbEvalTest {

    private static final Path LEAKDB =
            Path.of("..", "data", "leakdb").toAbsolutePath().normalize();

    @Test
    void tunesOnOneRangeScoresAnotherAndEndsWithTheF1() {
        List<String> lines = EvalOutput.of(
                "eval",
                "leakdb",
                "--network",
                "Hanoi",
                "--scenarios",
                LEAKDB.toString(),
                "--tune",
                "1-10",
                "--score",
                "11-20",
                "--steps",
                "2880");

        assertThat(lines.getFirst()).contains("tuning on scenarios 1-10 (10), scoring on 11-20 (10)");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("chosen on scenarios 1-10:"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("tuning 1-10"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("scored 11-20"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("LeakDB MNF γ=0.2 11-20"));
        assertThat(lines.getLast()).matches("leakdb F1 \\d+\\.\\d{2}");
    }

    @Test
    void aRangeWithoutScenariosIsRefused() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = HeadwaterMain.newCommandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(
                "eval", "leakdb", "--network", "Net1", "--scenarios", LEAKDB.toString(), "--score", "600-700");
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("no scenarios 600-700 of Net1");
    }
}
