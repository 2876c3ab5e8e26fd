package org.headwater.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 item 4: a documented small configuration of {@code eval break-risk-walk-forward} (the
 * lookup and the empirical-Bayes model, as of 2012 to 2018; the full study takes minutes and is
 * documented in docs/break-risk.md) keeps its documented last line (the nested blend's, ADR 0036),
 * and writes its tables and reliability chart.
 */
class PinnedBreakRiskWalkForwardTest {

    static final String PINNED_LAST_LINE = "nested capture@5% 28.6 lookup 25.7 above 4/4";

    @TempDir
    Path dir;

    @Test
    void theSmallStudyKeepsItsDocumentedNestedAndLookupFigures() throws Exception {
        Path markdown = dir.resolve("study.md");
        Path svg = dir.resolve("reliability.svg");
        List<String> lines = EvalOutput.of(
                "eval",
                "break-risk-walk-forward",
                "--inventory",
                BreakRiskEvalTest.INVENTORY,
                "--breaks",
                BreakRiskEvalTest.BREAKS,
                "--candidates",
                "lookup,eb-stratum",
                "--from",
                "2012",
                "--to",
                "2018",
                "--markdown",
                markdown.toString(),
                "--reliability-svg",
                svg.toString());

        assertThat(lines.getLast()).isEqualTo(PINNED_LAST_LINE);
        assertThat(lines).anyMatch(line -> line.matches("2015 nested chose=\\S+ capture@5%=.*"));
        assertThat(lines).anyMatch(line -> line.matches("2015 nested-blend chose=\\S+ capture@5%=.*"));
        assertThat(Files.readString(markdown)).contains("| eb-stratum |", "Nested choice");
        assertThat(Files.readString(svg)).startsWith("<svg").contains("<circle");
    }
}
