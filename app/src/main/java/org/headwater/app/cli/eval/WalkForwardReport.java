package org.headwater.app.cli.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.headwater.analytics.breakrisk.BreakRiskCandidates;
import org.headwater.analytics.breakrisk.Reliability;
import org.headwater.analytics.breakrisk.WalkForwardStudy;
import org.headwater.analytics.breakrisk.YearScore;

/** The walk-forward study as result lines and as the Markdown tables of docs/break-risk.md. */
final class WalkForwardReport {

    private final WalkForwardStudy.Result result;
    private final WalkForwardStudy.Calibration calibration;

    WalkForwardReport(WalkForwardStudy.Result result, WalkForwardStudy.Calibration calibration) {
        this.result = result;
        this.calibration = calibration;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        result.cells()
                .forEach((name, byYear) -> byYear.values()
                        .forEach(cell -> lines.add(String.format(
                                Locale.ROOT,
                                "%d %s next-year capture@5%%=%s capture@10%%=%s auc=%.3f next-3-years capture@5%%=%s",
                                cell.asOfYear(),
                                name,
                                percent(cell.nextYear().captureAt5()),
                                percent(cell.nextYear().captureAt10()),
                                cell.nextYear().auc(),
                                cell.nextThreeYears() == null
                                        ? "-"
                                        : percent(cell.nextThreeYears().captureAt5())))));
        nestedLines(lines, "nested", result.nested());
        nestedLines(lines, "nested-with-tuned", result.nestedAll());
        nestedLines(lines, "nested-blend", result.nestedBlend());
        for (WalkForwardStudy.CalibratedYear year : calibration.years()) {
            lines.add(String.format(
                    Locale.ROOT,
                    "%d calibration %s brier raw=%.5f calibrated=%.5f base-rate=%.5f",
                    year.asOfYear(),
                    year.candidate(),
                    year.brierRaw(),
                    year.brierCalibrated(),
                    year.brierBaseRate()));
        }
        for (Reliability.Bin bin : calibration.calibrated().bins()) {
            lines.add(String.format(
                    Locale.ROOT,
                    "reliability [%.3f, %.3f) pipe-years=%d stated=%.4f observed=%.4f",
                    bin.from(),
                    bin.to(),
                    bin.pipes(),
                    bin.meanProbability(),
                    bin.observed()));
        }
        lines.add(String.format(
                Locale.ROOT,
                "brier calibrated=%.5f raw=%.5f over %d pipe-years",
                calibration.calibrated().brier(),
                calibration.raw().brier(),
                calibration.calibrated().total()));
        String finalChoice = finalChoice();
        lines.add("final choice (best mean over all as-of years): " + finalChoice);
        lines.add("final blend (the " + WalkForwardStudy.BLEND_SIZE + " best means over all as-of years): "
                + String.join(
                        "+",
                        WalkForwardStudy.best(
                                result.candidates().stream()
                                        .filter(name -> !BreakRiskCandidates.tunedOnDevelopmentYears(name))
                                        .toList(),
                                result.cells(),
                                Integer.MIN_VALUE,
                                Integer.MAX_VALUE,
                                WalkForwardStudy.BLEND_SIZE)));
        return lines;
    }

    private static void nestedLines(List<String> lines, String label, List<WalkForwardStudy.NestedYear> nested) {
        for (WalkForwardStudy.NestedYear year : nested) {
            lines.add(String.format(
                    Locale.ROOT,
                    "%d %s chose=%s capture@5%%=%s lookup=%s next-3-years %s lookup %s",
                    year.asOfYear(),
                    label,
                    year.chosen(),
                    percent(year.chosenNextYear().captureAt5()),
                    percent(year.lookupNextYear().captureAt5()),
                    threeYears(year.chosenThreeYears()),
                    threeYears(year.lookupThreeYears())));
        }
    }

    /** What the nested rule picks with every development year behind it: the model the platform runs. */
    String finalChoice() {
        String best = null;
        double bestMean = Double.NEGATIVE_INFINITY;
        for (String name : result.candidates()) {
            if (BreakRiskCandidates.tunedOnDevelopmentYears(name)) {
                continue;
            }
            double mean = result.meanCapture(name, Integer.MIN_VALUE, Integer.MAX_VALUE);
            if (mean > bestMean) {
                bestMean = mean;
                best = name;
            }
        }
        return best;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        Map<Integer, WalkForwardStudy.Cell> lookup = result.cells().get("lookup");
        md.append("| candidate | next-year capture@5 % (mean) | capture@10 % | AUC | next-3-years capture@5 % |"
                + " years above the lookup | mean gain over the lookup |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (String name : result.candidates()) {
            Map<Integer, WalkForwardStudy.Cell> cells = result.cells().get(name);
            long above = cells.values().stream()
                    .filter(c -> c.nextYear().captureAt5()
                            > lookup.get(c.asOfYear()).nextYear().captureAt5())
                    .count();
            double gain = cells.values().stream()
                    .mapToDouble(c -> c.nextYear().captureAt5()
                            - lookup.get(c.asOfYear()).nextYear().captureAt5())
                    .average()
                    .orElse(Double.NaN);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %.3f | %s | %d/%d | %+.1f |%n",
                    name,
                    percent(mean(cells, false, false)),
                    percent(mean(cells, false, true)),
                    cells.values().stream()
                            .mapToDouble(c -> c.nextYear().auc())
                            .average()
                            .orElse(Double.NaN),
                    percent(mean(cells, true, false)),
                    above,
                    cells.size(),
                    100 * gain));
        }
        md.append("\nNext-year capture@5 % per as-of year (truth = the following calendar year):\n\n");
        appendWide(md, false);
        md.append("\nNext-three-years capture@5 % per as-of year:\n\n");
        appendWide(md, true);
        nestedTable(md, "Nested choice among the candidates whose settings saw no development year", result.nested());
        nestedTable(md, "Nested choice among every candidate, LightGBM's tuned settings included", result.nestedAll());
        nestedTable(
                md,
                "Nested blend: geometric mean of the " + WalkForwardStudy.BLEND_SIZE
                        + " candidates with the best earlier mean (LightGBM's tuned settings left out)",
                result.nestedBlend());
        md.append("\nBrier score of the next-year probability (pipes in service; isotonic map fitted on the three"
                + " earlier as-of years of the same model):\n\n");
        md.append(
                "| as-of | model | raw (1 - e^-expected) | calibrated | earlier years' base rate |\n|---|---|---|---|---|\n");
        for (WalkForwardStudy.CalibratedYear year : calibration.years()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %s | %.5f | %.5f | %.5f |%n",
                    year.asOfYear(),
                    year.candidate(),
                    year.brierRaw(),
                    year.brierCalibrated(),
                    year.brierBaseRate()));
        }
        md.append(
                "\nReliability, all those years pooled:\n\n| stated probability | pipe-years | mean stated | observed |\n|---|---|---|---|\n");
        for (Reliability.Bin bin : calibration.calibrated().bins()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %.3f–%.3f | %d | %.4f | %.4f |%n",
                    bin.from(),
                    bin.to(),
                    bin.pipes(),
                    bin.meanProbability(),
                    bin.observed()));
        }
        return md.toString();
    }

    private static void nestedTable(StringBuilder md, String title, List<WalkForwardStudy.NestedYear> nested) {
        long above = nested.stream()
                .filter(n ->
                        n.chosenNextYear().captureAt5() > n.lookupNextYear().captureAt5())
                .count();
        md.append(String.format(
                Locale.ROOT,
                "%n%s (each chosen on the earlier as-of years only): above the lookup in %d of %d years, mean"
                        + " %s vs %s%n%n",
                title,
                above,
                nested.size(),
                percent(BreakRiskWalkForwardEval.mean(nested.stream()
                        .map(WalkForwardStudy.NestedYear::chosenNextYear)
                        .toList())),
                percent(BreakRiskWalkForwardEval.mean(nested.stream()
                        .map(WalkForwardStudy.NestedYear::lookupNextYear)
                        .toList()))));
        md.append(
                "| as-of | chosen | capture@5 % next year | lookup | next 3 years | lookup |\n|---|---|---|---|---|---|\n");
        for (WalkForwardStudy.NestedYear year : nested) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %s | %s | %s | %s | %s |%n",
                    year.asOfYear(),
                    year.chosen(),
                    percent(year.chosenNextYear().captureAt5()),
                    percent(year.lookupNextYear().captureAt5()),
                    threeYears(year.chosenThreeYears()),
                    threeYears(year.lookupThreeYears())));
        }
    }

    private void appendWide(StringBuilder md, boolean threeYears) {
        md.append("| as-of |");
        result.candidates().forEach(name -> md.append(' ').append(name).append(" |"));
        md.append("\n|---|");
        result.candidates().forEach(name -> md.append("---|"));
        md.append('\n');
        for (Integer year : result.cells().get("lookup").keySet()) {
            if (threeYears && result.cells().get("lookup").get(year).nextThreeYears() == null) {
                continue;
            }
            md.append("| ").append(year).append(" |");
            for (String name : result.candidates()) {
                WalkForwardStudy.Cell cell = result.cells().get(name).get(year);
                YearScore score = threeYears ? cell.nextThreeYears() : cell.nextYear();
                md.append(' ').append(percent(score.captureAt5())).append(" |");
            }
            md.append('\n');
        }
    }

    private static double mean(Map<Integer, WalkForwardStudy.Cell> cells, boolean threeYears, boolean atTen) {
        return cells.values().stream()
                .map(c -> threeYears ? c.nextThreeYears() : c.nextYear())
                .filter(s -> s != null)
                .mapToDouble(s -> atTen ? s.captureAt10() : s.captureAt5())
                .filter(v -> !Double.isNaN(v))
                .average()
                .orElse(Double.NaN);
    }

    private static String threeYears(YearScore score) {
        return score == null ? "-" : percent(score.captureAt5());
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f", 100 * share);
    }
}
