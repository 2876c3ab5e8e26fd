package org.headwater.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The launcher's command tree: help for every subcommand, clear errors for bad input. */
class HeadwaterCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = HeadwaterMain.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "serve", "import", "import network", "import reads", "import breaks", "eval"})
    void everySubcommandExplainsItselfWithHelp(String subcommand) {
        String[] args = (subcommand + " --help").split(" ");

        assertThat(run(args)).isZero();
        assertThat(out.toString()).startsWith("Usage: headwater " + subcommand);
    }

    @Test
    void helpDescriptionsAreParagraphsWrappedAtWordsNotHandWrappedLinesBrokenAgain() {
        assertThat(run("demo", "--help")).isZero();

        String help = out.toString();
        assertThat(help.replaceAll("\\s+", " ")).contains("household meter reads and labelled injected events.");
        assertThat(help.lines())
                .as("a hand-wrapped line broken again leaves a word alone")
                .noneMatch(line -> line.strip().matches("\\w+"));
        assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void handWrappedDescriptionLinesJoinUntilASentenceEnds() {
        assertThat(ReflowedDescription.paragraphs(
                        new String[] {"One sentence goes on and", "ends here.", "Next: two."}))
                .containsExactly("One sentence goes on and ends here.", "Next: two.");
    }

    @Test
    void unknownSubcommandIsRefusedWithUsage() {
        assertThat(run("explode")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument").contains("explode");
    }

    @Test
    void serveWithoutAReadableConfigNamesTheFile() {
        assertThat(run("serve", "--config", "/no/such/headwater.yml")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read configuration file /no/such/headwater.yml");
    }

    @Test
    void importOfATruncatedNetworkFileNamesTheProblemBeforeTouchingTheDatabase(@TempDir Path dir) throws IOException {
        Path truncated = dir.resolve("cut.inp");
        Files.writeString(truncated, "[JUNCTIONS]\n J1 10 0\n J2 12 0\n[PIPES]\n P1 J1 J2 100\n");

        assertThat(run(
                        "import",
                        "network",
                        truncated.toString(),
                        "--data-dir",
                        dir.resolve("db").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("cut.inp");
        assertThat(Files.exists(dir.resolve("db")))
                .as("no database was started")
                .isFalse();
    }

    @Test
    void importOfAMissingBreaksFileSaysSoBeforeTouchingTheDatabase() {
        assertThat(run("import", "breaks", "/no/such/breaks.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void importOfAMissingReadsFileSaysSo() {
        assertThat(run("import", "reads", "/no/such/reads.csv", "--format", "headwater"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void demoRefusesAnImpossiblePort() {
        assertThat(run("demo", "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be between 0 and 65535: 70000");
    }
}
