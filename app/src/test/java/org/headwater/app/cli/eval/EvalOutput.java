package org.headwater.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.headwater.app.cli.HeadwaterMain;
import picocli.CommandLine;

/** Runs an {@code eval} through the real command tree, without Spring, and returns what it printed. */
final class EvalOutput {

    private EvalOutput() {}

    /** The lines printed on stdout; fails the test (with stderr) when the command does not exit 0. */
    static List<String> of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = HeadwaterMain.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        assertThat(exit).as(err.toString()).isZero();
        return out.toString().lines().toList();
    }
}
