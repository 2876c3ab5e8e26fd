package org.headwater.bench.hydraulics;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A hydraulic solver that {@code ./headwater bench hydraulics} can time. EPANET (through epanet-js) is one;
 * our Java solver plugs in as another by implementing this interface and listing its class in
 * {@code META-INF/services/org.headwater.bench.hydraulics.HydraulicEngine} on the bench's class path.
 *
 * <p>Both methods time only the solving, as EPANET's figures do: reading the .inp file, building the
 * model and reading results out are not counted. Each returns the median of {@code runs} runs; an
 * implementation warms up as it needs to first (untimed), as the EPANET side runs one untimed simulation.
 */
public interface HydraulicEngine {

    /** A short name for the output, e.g. {@code epanet-js} or {@code headwater}. */
    String name();

    /** The steady state at t = 0 (initial tank levels, pattern period 0, controls at t = 0). */
    Timing snapshot(Path inp, int runs) throws IOException, InterruptedException;

    /**
     * The extended-period simulation from 0 to {@code duration} (capped at the file's own duration):
     * every hydraulic solution time, intermediate event times included, and the steps between them.
     */
    Timing extendedPeriod(Path inp, Duration duration, int runs) throws IOException, InterruptedException;

    /**
     * One measured figure.
     *
     * @param medianMillis the median solve time over the runs, in milliseconds
     * @param runs how many runs the median is of
     * @param memoryBytes the engine's memory while solving (its own measure, described by {@code memoryWhat}),
     *     or 0 when the engine cannot tell
     * @param memoryWhat what {@code memoryBytes} counts, e.g. "WebAssembly heap" or "Java heap used"
     */
    record Timing(double medianMillis, int runs, long memoryBytes, String memoryWhat) {

        public Timing {
            if (!(medianMillis >= 0) || runs < 1) {
                throw new IllegalArgumentException("a timing needs a time >= 0 and at least one run");
            }
        }
    }
}
