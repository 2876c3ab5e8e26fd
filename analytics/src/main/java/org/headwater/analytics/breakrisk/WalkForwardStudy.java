package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every candidate rate model fitted as of 31 December of every year the record allows and scored
 * on the next year and on the next three years, with the lookup among them; then the nested
 * choice: for each as-of year, the candidate with the best mean next-year capture@5 % over the
 * earlier as-of years only (whose truth years all end by the as-of date).
 */
public final class WalkForwardStudy {

    /** The name of the nested blend's cells. */
    public static final String NESTED_BLEND = "nested-blend";

    /** Earlier as-of years a nested choice needs before it is made. */
    public static final int MIN_SELECTION_YEARS = 3;

    /** Candidates the nested blend averages: the best on the earlier as-of years. */
    public static final int BLEND_SIZE = 3;

    /** Earlier as-of years whose out-of-sample outcomes fit the calibration. */
    public static final int CALIBRATION_YEARS = 3;

    /** One candidate's scores as of one year. */
    public record Cell(
            String candidate,
            int asOfYear,
            YearScore nextYear,
            YearScore nextThreeYears,
            double[] expected,
            boolean[] broke) {}

    /** One as-of year of the nested procedure: what it chose and how that scored, beside the lookup. */
    public record NestedYear(
            int asOfYear,
            String chosen,
            YearScore chosenNextYear,
            YearScore chosenThreeYears,
            YearScore lookupNextYear,
            YearScore lookupThreeYears) {}

    /**
     * All cells, candidate names in order, and the nested choice per year: {@code nested} among the
     * candidates whose settings saw no development truth year, {@code nestedAll} among every one,
     * and {@code nestedBlend} the geometric blend of the {@value #BLEND_SIZE} best of the first pool
     * on the earlier years (its cells are also under {@link #NESTED_BLEND}).
     */
    public record Result(
            List<String> candidates,
            Map<String, Map<Integer, Cell>> cells,
            List<NestedYear> nested,
            List<NestedYear> nestedAll,
            List<NestedYear> nestedBlend) {

        /** Mean next-year capture@5 % of a candidate over the as-of years {@code from .. to}. */
        public double meanCapture(String candidate, int from, int to) {
            return cells.get(candidate).values().stream()
                    .filter(c -> c.asOfYear() >= from && c.asOfYear() <= to)
                    .mapToDouble(c -> c.nextYear().captureAt5())
                    .filter(v -> !Double.isNaN(v))
                    .average()
                    .orElse(Double.NaN);
        }
    }

    private final AssetRegister register;
    private final BreakHistory history;
    private final int trainingYears;

    public WalkForwardStudy(AssetRegister register, BreakHistory history, int trainingYears) {
        this.register = register;
        this.history = history;
        this.trainingYears = trainingYears;
    }

    /** The first as-of year with a training window and the last with a full year of truth after it. */
    public int[] asOfYears() {
        int first = history.firstFullYear() + 1;
        LocalDate last = history.lastDate();
        int lastFullYear =
                last.getMonthValue() == 12 && last.getDayOfMonth() == 31 ? last.getYear() : last.getYear() - 1;
        return new int[] {first, lastFullYear - 1};
    }

    public Result run(List<String> candidateNames, int fromYear, int toYear, Consumer<String> progress) {
        List<RateModel> candidates = BreakRiskCandidates.named(candidateNames, trainingYears);
        int lastTruthYear = asOfYears()[1] + 1;
        Map<String, Map<Integer, Cell>> cells = new LinkedHashMap<>();
        candidates.forEach(c -> cells.put(c.name(), new LinkedHashMap<>()));
        Map<Integer, String> blended = new LinkedHashMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            LocalDate asOf = LocalDate.of(year, 12, 31);
            FittingData data = FittingData.of(register, history, asOf, trainingYears);
            List<MainBreak> next = breaksIn(year + 1, year + 1);
            List<MainBreak> three = year + 3 <= lastTruthYear ? breaksIn(year + 1, year + 3) : List.of();
            boolean[] broke = brokeIn(data, next);
            for (RateModel candidate : candidates) {
                long started = System.nanoTime();
                double[] expected = candidate.expectedBreaks(data);
                RiskRanking ranking = RateRanker.ranking(candidate.name(), data, expected, null);
                YearScore nextScore = WalkForwardEvaluation.scoreWindow(ranking, year + 1, next);
                YearScore threeScore =
                        three.isEmpty() ? null : WalkForwardEvaluation.scoreWindow(ranking, year + 1, three);
                cells.get(candidate.name())
                        .put(year, new Cell(candidate.name(), year, nextScore, threeScore, expected, broke));
                progress.accept(String.format(
                        java.util.Locale.ROOT,
                        "%d %-40s c@5 %5.1f %s (%.1f s)",
                        year,
                        candidate.name(),
                        100 * nextScore.captureAt5(),
                        threeScore == null
                                ? ""
                                : String.format(java.util.Locale.ROOT, "3y %5.1f", 100 * threeScore.captureAt5()),
                        (System.nanoTime() - started) / 1e9));
            }
            if (year >= fromYear + MIN_SELECTION_YEARS) {
                int scored = year;
                List<String> top = best(untuned(candidates), cells, fromYear, year - 1, BLEND_SIZE);
                double[] expected = BlendRate.geometricMean(top.stream()
                        .map(name -> cells.get(name).get(scored).expected())
                        .toList());
                RiskRanking ranking = RateRanker.ranking(NESTED_BLEND, data, expected, null);
                YearScore threeScore =
                        three.isEmpty() ? null : WalkForwardEvaluation.scoreWindow(ranking, year + 1, three);
                blended.put(year, String.join("+", top));
                cells.computeIfAbsent(NESTED_BLEND, k -> new LinkedHashMap<>())
                        .put(
                                year,
                                new Cell(
                                        NESTED_BLEND,
                                        year,
                                        WalkForwardEvaluation.scoreWindow(ranking, year + 1, next),
                                        threeScore,
                                        expected,
                                        broke));
            }
        }
        List<String> names = candidates.stream().map(RateModel::name).toList();
        List<NestedYear> blend = new ArrayList<>();
        blended.forEach((year, chosen) -> {
            Cell pick = cells.get(NESTED_BLEND).get(year);
            Cell lookup = cells.get("lookup").get(year);
            blend.add(new NestedYear(
                    year, chosen, pick.nextYear(), pick.nextThreeYears(), lookup.nextYear(), lookup.nextThreeYears()));
        });
        Map<String, Map<Integer, Cell>> candidateCells = new LinkedHashMap<>(cells);
        candidateCells.remove(NESTED_BLEND);
        return new Result(
                names,
                cells,
                nested(untuned(candidates), candidateCells, fromYear, toYear),
                nested(names, candidateCells, fromYear, toYear),
                blend);
    }

    private static List<String> untuned(List<RateModel> candidates) {
        return candidates.stream()
                .map(RateModel::name)
                .filter(name -> !BreakRiskCandidates.tunedOnDevelopmentYears(name))
                .toList();
    }

    /** The {@code size} candidates with the best mean next-year capture@5 % over the as-of years {@code from .. to}. */
    public static List<String> best(
            List<String> names, Map<String, Map<Integer, Cell>> cells, int from, int to, int size) {
        Result partial = new Result(names, cells, List.of(), List.of(), List.of());
        return names.stream()
                .sorted(java.util.Comparator.comparingDouble((String name) -> partial.meanCapture(name, from, to))
                        .reversed())
                .limit(size)
                .toList();
    }

    /** Brier scores as of one year: raw Poisson probability, isotonic-calibrated, and the earlier years' base rate. */
    public record CalibratedYear(
            int asOfYear, String candidate, double brierRaw, double brierCalibrated, double brierBaseRate) {}

    /** Calibration of a sequence of picks, one candidate per as-of year, fitted on earlier years' outcomes only. */
    public record Calibration(List<CalibratedYear> years, Reliability calibrated, Reliability raw) {}

    /**
     * For each as-of year with {@link #CALIBRATION_YEARS} earlier ones, an isotonic map fitted on
     * the earlier years' expected breaks and outcomes of the candidate {@code pick} names for that
     * year, applied to that year's expected breaks and scored on its next-year outcomes.
     */
    public static Calibration calibrate(
            Result result, java.util.function.IntFunction<String> pick, int fromYear, int toYear) {
        List<CalibratedYear> years = new ArrayList<>();
        Reliability calibrated = new Reliability();
        Reliability raw = new Reliability();
        for (int year = fromYear; year <= toYear; year++) {
            String candidate = pick.apply(year);
            Map<Integer, Cell> cellsOf = result.cells().get(candidate);
            List<Cell> earlier = new ArrayList<>();
            for (int back = CALIBRATION_YEARS; back >= 1; back--) {
                Cell cell = cellsOf.get(year - back);
                if (cell != null) {
                    earlier.add(cell);
                }
            }
            Cell now = cellsOf.get(year);
            if (earlier.size() < CALIBRATION_YEARS || now == null) {
                continue;
            }
            IsotonicCalibration map = calibrationOn(earlier);
            double[] rawP = new double[now.expected().length];
            double[] calibratedP = new double[rawP.length];
            for (int i = 0; i < rawP.length; i++) {
                rawP[i] = -Math.expm1(-now.expected()[i]);
                calibratedP[i] = map.probability(now.expected()[i]);
            }
            double baseRate = baseRate(earlier);
            double[] constant = new double[rawP.length];
            java.util.Arrays.fill(constant, baseRate);
            calibrated.add(calibratedP, now.broke());
            raw.add(rawP, now.broke());
            years.add(new CalibratedYear(
                    year,
                    candidate,
                    Reliability.brier(rawP, now.broke()),
                    Reliability.brier(calibratedP, now.broke()),
                    Reliability.brier(constant, now.broke())));
        }
        return new Calibration(years, calibrated, raw);
    }

    static IsotonicCalibration calibrationOn(List<Cell> earlier) {
        int size = earlier.stream().mapToInt(c -> c.expected().length).sum();
        double[] score = new double[size];
        boolean[] outcome = new boolean[size];
        int at = 0;
        for (Cell cell : earlier) {
            System.arraycopy(cell.expected(), 0, score, at, cell.expected().length);
            System.arraycopy(cell.broke(), 0, outcome, at, cell.broke().length);
            at += cell.expected().length;
        }
        return IsotonicCalibration.fit(score, outcome);
    }

    private static double baseRate(List<Cell> earlier) {
        long broke = 0;
        long all = 0;
        for (Cell cell : earlier) {
            for (boolean b : cell.broke()) {
                broke += b ? 1 : 0;
                all++;
            }
        }
        return (double) broke / all;
    }

    private static List<NestedYear> nested(
            List<String> names, Map<String, Map<Integer, Cell>> cells, int fromYear, int toYear) {
        List<NestedYear> nested = new ArrayList<>();
        Result partial = new Result(names, cells, List.of(), List.of(), List.of());
        for (int year = fromYear + MIN_SELECTION_YEARS; year <= toYear; year++) {
            String chosen = null;
            double best = Double.NEGATIVE_INFINITY;
            for (String name : names) {
                double mean = partial.meanCapture(name, fromYear, year - 1);
                if (mean > best) {
                    best = mean;
                    chosen = name;
                }
            }
            Cell pick = cells.get(chosen).get(year);
            Cell lookup = cells.get("lookup").get(year);
            nested.add(new NestedYear(
                    year, chosen, pick.nextYear(), pick.nextThreeYears(), lookup.nextYear(), lookup.nextThreeYears()));
        }
        return nested;
    }

    private List<MainBreak> breaksIn(int fromYear, int toYear) {
        return history.breaks().stream()
                .filter(b -> b.date().getYear() >= fromYear && b.date().getYear() <= toYear)
                .toList();
    }

    private static boolean[] brokeIn(FittingData data, List<MainBreak> breaks) {
        java.util.Set<String> broken = new java.util.HashSet<>();
        breaks.forEach(b -> broken.add(b.assetId()));
        boolean[] broke = new boolean[data.inService.size()];
        for (int i = 0; i < broke.length; i++) {
            broke[i] = broken.contains(data.inService.get(i).assetId());
        }
        return broke;
    }
}
