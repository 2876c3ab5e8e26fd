package org.headwater.risk;

import java.util.List;
import java.util.Optional;

/** Where scoring runs and their ranked pipe lists are kept. */
public interface RiskRuns {

    /** Stores a run with its ranking (ranks 1..n) and returns it with its id. */
    RiskRun save(RiskRun run, List<PipeRisk> ranking);

    /** The most recent run, if any. */
    Optional<RiskRun> latest();

    /** Runs, newest first. */
    List<RiskRun> recent(int limit);

    /**
     * A page of a run's ranking, best first, keeping only pipes whose cumulative length is within
     * {@code budgetMetres} (use {@link Double#POSITIVE_INFINITY} for no budget).
     */
    List<PipeRisk> ranking(long runId, double budgetMetres, int offset, int limit);

    /** How many pipes of a run's ranking fit within {@code budgetMetres}. */
    int countWithin(long runId, double budgetMetres);
}
