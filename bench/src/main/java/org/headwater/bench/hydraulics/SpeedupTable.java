package org.headwater.bench.hydraulics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The rows {@code ./headwater bench hydraulics} prints, {@code network junctions epanet_ms ours_ms ratio},
 * and the speed-up over all of them: the geometric mean of EPANET's time over ours. A row without our time
 * shows {@code missing} and no ratio; the speed-up exists only when every row has both times.
 */
public final class SpeedupTable {

    private final String title;
    private final List<Row> rows = new ArrayList<>();

    public SpeedupTable(String title) {
        this.title = title;
    }

    /**
     * One network's times.
     *
     * @param oursMillis our time, or {@code null} while our solver is missing
     */
    public record Row(String network, int junctions, double epanetMillis, Double oursMillis) {

        /** EPANET's time over ours, when both exist and ours is not zero. */
        public OptionalDouble ratio() {
            return oursMillis == null || oursMillis <= 0 || epanetMillis <= 0
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(epanetMillis / oursMillis);
        }
    }

    public void add(Row row) {
        rows.add(row);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The table as text: a title line, a header line and one aligned line per network. */
    public String render() {
        StringBuilder text = new StringBuilder(title).append('\n');
        text.append(String.format(
                Locale.ROOT, "%-22s %9s %11s %11s %8s%n", "network", "junctions", "epanet_ms", "ours_ms", "ratio"));
        for (Row row : rows) {
            text.append(String.format(
                    Locale.ROOT,
                    "%-22s %9d %11s %11s %8s%n",
                    row.network(),
                    row.junctions(),
                    millis(row.epanetMillis()),
                    row.oursMillis() == null ? "missing" : millis(row.oursMillis()),
                    row.ratio().isPresent()
                            ? String.format(Locale.ROOT, "%.2f", row.ratio().getAsDouble())
                            : "-"));
        }
        return text.toString();
    }

    /**
     * The geometric mean of EPANET's time over ours across the rows of all {@code tables}, or empty when
     * any row lacks a ratio (our solver missing or a zero time): a partial mean would be a made-up figure.
     */
    public static OptionalDouble speedup(List<SpeedupTable> tables) {
        double logSum = 0;
        int n = 0;
        for (SpeedupTable table : tables) {
            for (Row row : table.rows) {
                OptionalDouble ratio = row.ratio();
                if (ratio.isEmpty()) {
                    return OptionalDouble.empty();
                }
                logSum += Math.log(ratio.getAsDouble());
                n++;
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.exp(logSum / n));
    }

    /** Three significant figures at least, so sub-millisecond solves of small networks stay visible. */
    static String millis(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (value >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
