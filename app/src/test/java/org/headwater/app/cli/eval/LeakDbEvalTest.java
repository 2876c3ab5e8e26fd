package org.headwater.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.headwater.app.cli.HeadwaterMain;
import org.headwater.testkit.SharedData;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Drives {@code eval leakdb} over 60 days: on the repository's fixture (data/leakdb-fixture, Net1
 * with synthetic leaks in LeakDB's layout), and on LeakDB itself (EUPL, not shipped) where the
 * shared data folder holds it.
 */
class LeakDbEvalTest {

    private static final Path FIXTURE =
            Path.of("..", "data", "leakdb-fixture").toAbsolutePath().normalize();

    @Test
    void tunesOnOneRangeScoresAnotherAndEndsWithTheF1() {
        List<String> lines = sixtyDays(FIXTURE, "Net1");

        assertTunedScoredAndEndedWithTheF1(lines);
        // the fixture has 17 leaks, one of them at tank 2, which an emitter cannot model
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith("simulated 20 scenarios")
                        .contains("16 leaks as emitters, 1 at a tank"));
    }

    @Test
    void onLeakDbsOwnHanoiScenariosTheSameRunEndsWithTheF1() {
        Path leakDb = SharedData.require("leakdb", "LeakDB (EUPL)");

        assertTunedScoredAndEndedWithTheF1(sixtyDays(leakDb, "Hanoi"));
    }

    @Test
    void aRangeWithoutScenariosIsRefused() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = HeadwaterMain.newCommandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(
                "eval", "leakdb", "--network", "Net1", "--scenarios", FIXTURE.toString(), "--score", "600-700");
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("no scenarios 600-700 of Net1");
    }

    private static List<String> sixtyDays(Path folder, String network) {
        return EvalOutput.of(
                "eval",
                "leakdb",
                "--network",
                network,
                "--scenarios",
                folder.toString(),
                "--tune",
                "1-10",
                "--score",
                "11-20",
                "--steps",
                "2880");
    }

    private static void assertTunedScoredAndEndedWithTheF1(List<String> lines) {
        assertThat(lines.getFirst()).contains("tuning on scenarios 1-10 (10), scoring on 11-20 (10)");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("chosen on scenarios 1-10:"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("tuning 1-10"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("scored 11-20"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("LeakDB MNF γ=0.2 11-20"));
        assertThat(lines.getLast()).matches("leakdb F1 \\d+\\.\\d{2}");
    }
}
