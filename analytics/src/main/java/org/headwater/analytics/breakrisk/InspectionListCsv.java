package org.headwater.analytics.breakrisk;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.headwater.risk.PipeRisk;

/** A platform run's ranked list as CSV for the distribution superintendent: one pipe a line, best first. */
public final class InspectionListCsv {

    public static final String HEADER =
            "rank,pipe_id,likelihood,priority_per_km,length_m,cumulative_length_km,factor_1,factor_2,factor_3";

    private static final int FACTOR_COLUMNS = 3;

    private InspectionListCsv() {}

    public static void write(List<PipeRisk> pipes, Writer out) throws IOException {
        out.write(HEADER + "\n");
        for (PipeRisk pipe : pipes) {
            StringBuilder line = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%d,%s,%.5f,%.4f,%.1f,%.3f",
                    pipe.rank(),
                    RankingCsv.quote(pipe.pipeId()),
                    pipe.likelihood(),
                    pipe.priorityPerKm(),
                    pipe.lengthMetres(),
                    pipe.cumulativeLengthMetres() / 1000));
            for (int i = 0; i < FACTOR_COLUMNS; i++) {
                line.append(',')
                        .append(
                                i < pipe.factors().size()
                                        ? RankingCsv.quote(pipe.factors().get(i))
                                        : "");
            }
            out.write(line.append('\n').toString());
        }
    }
}
