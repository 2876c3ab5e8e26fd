package org.headwater.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.headwater.app.cli.HeadwaterMain;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Drives {@code eval hydraulics} on the repository's reference results, without Spring. */
class HydraulicsEvalTest {

    private static final Path DATA = Path.of("..", "data").toAbsolutePath().normalize();

    @Test
    void printsARowPerNetworkAndEndsWithTheNetworksWithinTolerance() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = HeadwaterMain.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));

        int exit = commandLine.execute(
                "eval",
                "hydraulics",
                "--reference",
                DATA.resolve("epanet-reference").toString(),
                "--networks",
                DATA.resolve("epanet-networks").toString());

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("network");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Net3").endsWith("within tolerance"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Hanoi_HAN").contains("not counted"));
        assertThat(lines).hasSize(1 + 12 + 1);
        assertThat(lines.getLast()).isEqualTo("hydraulics 11/11");
    }
}
