package org.headwater.detect.ami;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;

/**
 * The EPA's COVID-19 example ("AMI Data and Resilience"): Cleveland Water used AMI data "to identify
 * the accounts with the largest reduction of usage" and told them to flush premise plumbing. Compares
 * each meter's average daily use in a baseline period with a comparison period and lists the largest
 * reductions in litres per day first.
 */
public final class UseReductionRanking {

    /** One meter's change in average daily use; {@code reductionLitresPerDay} is positive for less use. */
    public record UseReduction(
            String sourceId,
            double baselineLitresPerDay,
            double comparisonLitresPerDay,
            double reductionLitresPerDay) {}

    private final Instant baselineFrom;
    private final Instant comparisonFrom;
    private final Instant comparisonTo;

    /** Baseline is {@code [baselineFrom, comparisonFrom)}, comparison is {@code [comparisonFrom, comparisonTo)}. */
    public UseReductionRanking(Instant baselineFrom, Instant comparisonFrom, Instant comparisonTo) {
        this.baselineFrom = Objects.requireNonNull(baselineFrom, "baselineFrom");
        this.comparisonFrom = Objects.requireNonNull(comparisonFrom, "comparisonFrom");
        this.comparisonTo = Objects.requireNonNull(comparisonTo, "comparisonTo");
        if (!baselineFrom.isBefore(comparisonFrom)) {
            throw new IllegalArgumentException(
                    "baselineFrom " + baselineFrom + " must be before comparisonFrom " + comparisonFrom);
        }
        if (!comparisonFrom.isBefore(comparisonTo)) {
            throw new IllegalArgumentException(
                    "comparisonFrom " + comparisonFrom + " must be before comparisonTo " + comparisonTo);
        }
    }

    /** The {@code limit} meters with the largest reduction, largest first (ties by id). */
    public List<UseReduction> rank(Collection<Reading> readings, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
        Map<String, double[]> litres = new TreeMap<>();
        for (Reading r : readings) {
            if (r.measurand() != Measurand.INTERVAL_VOLUME
                    || r.time().isBefore(baselineFrom)
                    || !r.time().isBefore(comparisonTo)) {
                continue;
            }
            double[] sums = litres.computeIfAbsent(r.sourceId(), k -> new double[2]);
            sums[r.time().isBefore(comparisonFrom) ? 0 : 1] += r.value();
        }
        double baselineDays = days(baselineFrom, comparisonFrom);
        double comparisonDays = days(comparisonFrom, comparisonTo);
        List<UseReduction> ranked = new ArrayList<>();
        litres.forEach((id, sums) -> {
            double before = sums[0] / baselineDays;
            double after = sums[1] / comparisonDays;
            ranked.add(new UseReduction(id, before, after, before - after));
        });
        ranked.sort(Comparator.comparingDouble(UseReduction::reductionLitresPerDay)
                .reversed()
                .thenComparing(UseReduction::sourceId));
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 86_400_000.0;
    }
}
