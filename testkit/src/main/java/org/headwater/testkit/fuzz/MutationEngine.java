package org.headwater.testkit.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Derives seeded-random bad inputs from real samples: each mutant takes one sample and applies one
 * to three {@link Mutator}s. The n-th mutant of a run depends only on the run seed, n and the corpus,
 * and carries its own seed, so any failing input can be rebuilt with {@link #reproduce(long)}.
 */
public final class MutationEngine {

    private final List<Sample> corpus;
    private final long runSeed;
    private final int maxBytes;

    /**
     * @param maxBytes no mutant is larger: inputs are bounded, so memory use is the parser's alone
     */
    public MutationEngine(List<Sample> corpus, long runSeed, int maxBytes) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("corpus must hold at least one sample");
        }
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("maxBytes must be at least 1024: " + maxBytes);
        }
        this.corpus = List.copyOf(corpus);
        this.runSeed = runSeed;
        this.maxBytes = maxBytes;
    }

    public List<Sample> corpus() {
        return corpus;
    }

    /** The {@code index}-th mutant of this run. */
    public Mutant mutant(long index) {
        return reproduce(mix(runSeed ^ mix(index + 1)));
    }

    /** The mutant with this seed, as printed by a failure. */
    public Mutant reproduce(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Sample sample = corpus.get(random.nextInt(corpus.size()));
        byte[] bytes = sample.bytes();
        List<Mutator> applied = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Mutator mutator = Mutator.values()[random.nextInt(Mutator.values().length)];
            bytes = mutator.apply(bytes, random, maxBytes);
            if (bytes.length > maxBytes) {
                bytes = java.util.Arrays.copyOf(bytes, maxBytes);
            }
            applied.add(mutator);
        }
        return new Mutant(seed, sample.name(), applied, bytes);
    }

    // SplitMix64's finaliser: neighbouring indexes give unrelated seeds.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
