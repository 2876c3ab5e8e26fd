package org.headwater.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 23 item 4: {@code eval break-risk} with the platform's model on the development data
 * shipped in {@code data/} (as of 2016-12-31, scored on 2017, 2018 and 2019) must keep the figures
 * documented in docs/benchmarks.md ("Pinned figures"). The printed figures have one decimal, so the
 * tolerance is half a point: a model change that moves a year by one break fails here.
 */
class PinnedBreakRiskFiguresTest {

    /** capture@5 % per truth year and their mean (the last line), Brier score per truth year. */
    static final double[] CAPTURE_AT_5 = {24.6, 28.0, 33.8};

    static final double MEAN_CAPTURE_AT_5 = 28.8;
    static final double[] BRIER = {0.00462, 0.00563, 0.00513};

    private static List<String> lines;

    @BeforeAll
    static void runTheEval() {
        lines = EvalOutput.of(
                "eval",
                "break-risk",
                "--inventory",
                BreakRiskEvalTest.INVENTORY,
                "--breaks",
                BreakRiskEvalTest.BREAKS,
                "--as-of",
                "2016-12-31",
                "--truth",
                BreakRiskEvalTest.BREAKS);
    }

    @Test
    void theLastLineIsTheDocumentedMeanCaptureAtFivePercent() {
        assertThat(lines.getLast()).startsWith("capture@5% ");
        assertThat(Double.parseDouble(lines.getLast().substring("capture@5% ".length())))
                .isCloseTo(MEAN_CAPTURE_AT_5, within(0.05));
    }

    @Test
    void eachTruthYearKeepsItsDocumentedCaptureAndBrierScore() {
        Pattern year = Pattern.compile(
                "(\\d{4}) \\S+ breaks=\\d+ unjoined=\\d+ capture@5%=([\\d.]+) .* brier=([\\d.]+) auc=.*");
        int index = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            Matcher matcher = year.matcher(line);
            assertThat(matcher.matches()).as(line).isTrue();
            assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(2017 + index);
            assertThat(Double.parseDouble(matcher.group(2))).as(line).isCloseTo(CAPTURE_AT_5[index], within(0.05));
            assertThat(Double.parseDouble(matcher.group(3))).as(line).isCloseTo(BRIER[index], within(0.000005));
            index++;
        }
        assertThat(index).isEqualTo(3);
    }
}
