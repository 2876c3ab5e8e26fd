package org.headwater.risk;

import java.util.List;

/**
 * One line of a run's inspection list.
 *
 * @param rank 1 for the pipe to look at first
 * @param pipeId the network element id of the pipe
 * @param lengthMetres the pipe's length
 * @param cumulativeLengthMetres the length of this pipe and every pipe ranked above it: the inspection budget used
 * @param likelihood modelled probability of a main break on the pipe within a year
 * @param priorityPerKm the sort key: likelihood per km of pipe, because budgets are lengths
 * @param factors the strongest reasons for the score, in plain words, strongest first
 */
public record PipeRisk(
        int rank,
        String pipeId,
        double lengthMetres,
        double cumulativeLengthMetres,
        double likelihood,
        double priorityPerKm,
        List<String> factors) {

    public PipeRisk {
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be >= 1, was " + rank + " for " + pipeId);
        }
        factors = List.copyOf(factors);
    }
}
