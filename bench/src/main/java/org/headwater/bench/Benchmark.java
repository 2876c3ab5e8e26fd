package org.headwater.bench;

import java.io.PrintStream;
import java.util.List;

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
     * Thrown by a benchmark that measured what it could but has no honest figure to give (a side of a
     * comparison is missing); its message is printed as the last line and the exit status is 3.
     */
    final class NoFigure extends RuntimeException {

        public NoFigure(String message) {
            super(message);
        }
    }

    /**
     * The figure printed as the last line: {@code NAME <value> <unit>}, or {@code line} as it is for a
     * benchmark whose figure is several counts.
     */
    record Result(double value, String unit, String line) {

        public Result(double value, String unit) {
            this(value, unit, "");
        }

        static Result line(String line) {
            return new Result(0, "", line);
        }
    }
}
