package org.headwater.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headwater.app.cli.HeadwaterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Drives {@code eval break-risk} through the real command tree, without Spring. */
class BreakRiskEvalTest {

    static final Path KITCHENER = Path.of("../data/water-main-breaks-kitchener");
    static final String INVENTORY =
            KITCHENER.resolve("water_mains_inventory_snapshot2023.csv.gz").toString();
    static final String BREAKS =
            KITCHENER.resolve("water_main_breaks_1985-2019.csv.gz").toString();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = HeadwaterMain.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("eval", "break-risk"));
        all.addAll(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void printsOneLinePerTruthYearAndEndsWithTheMeanCaptureAtFivePercent() throws IOException {
        Path ranking = dir.resolve("ranking.csv");

        int exit = run(
                "--inventory",
                INVENTORY,
                "--breaks",
                BREAKS,
                "--as-of",
                "2016-12-31",
                "--truth",
                BREAKS,
                "--method",
                "lookup",
                "--ranking-out",
                ranking.toString());

        assertThat(exit).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(0, 3))
                .allMatch(line -> line.matches("20(17|18|19) lookup breaks=\\d+ .*auc=0\\.\\d{3}"));
        assertThat(lines.getLast()).matches("capture@5% \\d+\\.\\d");
        assertThat(Files.readAllLines(ranking).getFirst()).startsWith("rank,asset_id,length_m");
        assertThat(err.toString()).contains("main breaks name no asset of the register");
    }

    @Test
    void aBadAsOfDateIsRefusedWithTheValue() {
        int exit = run("--inventory", INVENTORY, "--breaks", BREAKS, "--as-of", "2016-31-12", "--truth", BREAKS);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--as-of '2016-31-12' is not a date like 2016-12-31");
    }

    @Test
    void anAsOfDateAfterTheLastBreakIsRefused() {
        int exit = run("--inventory", INVENTORY, "--breaks", BREAKS, "--as-of", "2021-12-31", "--truth", BREAKS);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--as-of 2021-12-31 is after the last break in the history (2019-12-31)");
    }

    @Test
    void anInventoryWithoutTheNeededColumnsIsRefusedNamingThem() throws IOException {
        Path inventory = Files.writeString(dir.resolve("mains.csv"), "WATMAINID,MATERIAL\n1,CI\n");

        int exit = run(
                "--inventory", inventory.toString(), "--breaks", BREAKS, "--as-of", "2016-12-31", "--truth", BREAKS);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("missing column(s) PIPE_SIZE, INSTALLATION_DATE, Shape__Length");
    }

    @Test
    void aTruthFileWithNothingAfterTheAsOfDateIsRefused() {
        int exit = run("--inventory", INVENTORY, "--breaks", BREAKS, "--as-of", "2019-12-31", "--truth", BREAKS);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("holds no main break after --as-of 2019-12-31");
    }
}
