package org.headwater.testkit.fuzz;

import java.util.List;

/**
 * One mutated input. {@code MutationEngine.reproduce(seed)} over the same corpus gives back exactly
 * these bytes, so a failure is reproduced from the seed it prints.
 *
 * @param seed the mutant's own seed
 * @param sample the name of the sample it was derived from
 * @param mutators the strategies applied, in order
 * @param bytes the input
 */
public record Mutant(long seed, String sample, List<Mutator> mutators, byte[] bytes) {

    public Mutant {
        mutators = List.copyOf(mutators);
    }

    /** How to get this input back, for failure messages. */
    public String describe() {
        return "mutant seed " + seed + " (" + sample + " via " + mutators + ", " + bytes.length + " bytes)";
    }
}
