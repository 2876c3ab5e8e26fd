package org.headwater.testkit.fuzz;

import java.util.List;
import java.util.function.Predicate;

/**
 * A parser under fuzzing: its name, the real samples its mutants derive from, how to feed it one
 * input, and which exceptions count as its documented, clear refusal of bad input.
 *
 * @param name the name printed in reports, e.g. {@code epanet-inp}
 * @param corpus the real inputs (files from {@code data/}, test resources) mutants derive from
 * @param parser runs the production parser on one input
 * @param clearError whether a thrown exception is the parser's documented refusal, naming what is
 *     wrong; anything else thrown is a failure
 */
public record FuzzTarget(String name, List<Sample> corpus, Parser parser, Predicate<Throwable> clearError) {

    public FuzzTarget {
        corpus = List.copyOf(corpus);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Feeds one input to the parser; returns how many records it quarantined (0 if it has no quarantine). */
    @FunctionalInterface
    public interface Parser {
        int parse(byte[] input) throws Exception;
    }
}
