package org.headwater.testkit.fuzz;

import java.util.List;
import java.util.Locale;

/**
 * What a fuzz run of one parser did. {@code inputs == accepted + rejected + failures}.
 *
 * @param parser the target's name
 * @param inputs mutants fed
 * @param accepted inputs parsed without an exception (possibly with records quarantined)
 * @param rejected inputs refused with the parser's clear error
 * @param quarantined records quarantined with a reason, over all accepted inputs
 * @param failures inputs that threw anything else, or ran past the time limit
 * @param maxMillis the longest time one input took
 * @param maxHeapBytes the most heap in use seen between inputs
 * @param totalMillis wall time of the whole run
 * @param firstFailures the first few failures, each with the seed that reproduces it
 * @param sampleRejections the messages of the first few clear refusals, to judge them by
 */
public record FuzzReport(
        String parser,
        long inputs,
        long accepted,
        long rejected,
        long quarantined,
        long failures,
        double maxMillis,
        long maxHeapBytes,
        long totalMillis,
        List<String> firstFailures,
        List<String> sampleRejections) {

    public FuzzReport {
        firstFailures = List.copyOf(firstFailures);
        sampleRejections = List.copyOf(sampleRejections);
    }

    /** The columns {@code parser inputs accepted rejected quarantined failures max_ms}. */
    public String row() {
        return String.format(
                Locale.ROOT,
                "%-18s %8d %8d %8d %11d %8d %8.1f",
                parser,
                inputs,
                accepted,
                rejected,
                quarantined,
                failures,
                maxMillis);
    }

    public static String header() {
        return String.format(
                Locale.ROOT,
                "%-18s %8s %8s %8s %11s %8s %8s",
                "parser",
                "inputs",
                "accepted",
                "rejected",
                "quarantined",
                "failures",
                "max_ms");
    }
}
