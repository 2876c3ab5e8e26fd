package org.headwater.analytics.breakrisk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.headwater.audit.CsvCell;

/** Writes a ranking as the superintendent's CSV: rank, asset, length, scores and the reasons behind each. */
public final class RankingCsv {

    private static final String HEADER =
            "rank,asset_id,length_m,cumulative_length_pct,break_likelihood,priority,factor_1,factor_2,factor_3";

    private RankingCsv() {}

    public static void write(RiskRanking ranking, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(ranking, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static void write(RiskRanking ranking, Writer out) throws IOException {
        out.write(HEADER + "\n");
        double total = ranking.totalLengthMetres();
        double cumulative = 0;
        int rank = 0;
        for (SegmentRisk segment : ranking.segments()) {
            rank++;
            cumulative += segment.lengthMetres();
            StringBuilder line = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%d,%s,%.1f,%.2f,%.5f,%.4f",
                    rank,
                    quote(segment.assetId()),
                    segment.lengthMetres(),
                    100 * cumulative / total,
                    segment.likelihood(),
                    segment.priority()));
            List<RiskFactor> factors = segment.factors();
            for (int i = 0; i < 3; i++) {
                line.append(',')
                        .append(i < factors.size() ? quote(factors.get(i).describe()) : "");
            }
            out.write(line.append('\n').toString());
        }
    }

    // Asset ids and factor texts come from imported files: a spreadsheet must never evaluate them.
    static String quote(String text) {
        return CsvCell.of(text);
    }
}
