package org.headwater.bench;

import java.io.PrintStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One end-to-end throughput benchmark run by {@code ./headwater bench NAME}. */
public interface Benchmark {

    /** The name on the command line, e.g. {@code ingest-csv}. */
    String name();

    /** One line for {@code ./headwater bench --list}. */
    String description();

    /** The form of the last line printed, for {@code --help}. */
    default String lastLineForm() {
        return name() + " <value> <unit>";
    }

    /**
     * Runs the benchmark, printing progress and details to {@code out}, and returns its figure.
     *
     * @param args the arguments after the name (data paths, sizes)
     */
    Result run(List<String> args, PrintStream out) throws Exception;

    /**
     * The figure printed as the last line: {@code NAME <value> <unit>}, or {@code lastLine} as it is when a
     * benchmark reports several figures (e.g. {@code faults lost=0 duplicated=0 alerts_missed=0}).
     */
    record Result(double value, String unit, @Nullable String lastLine) {

        Result(double value, String unit) {
            this(value, unit, null);
        }

        static Result line(String lastLine) {
            return new Result(Double.NaN, "", lastLine);
        }
    }
}
