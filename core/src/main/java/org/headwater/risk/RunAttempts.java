package org.headwater.risk;

import java.time.Instant;
import java.util.List;

/** Where every scoring attempt is recorded as it starts and ends, so failed runs are listed too. */
public interface RunAttempts {

    /** Records a run that starts now, RUNNING. */
    RunAttempt started(String trigger, Instant at);

    /**
     * Ends a RUNNING attempt.
     *
     * @throws IllegalStateException naming both states when the attempt has already ended
     * @throws java.util.NoSuchElementException when no attempt has this id
     */
    RunAttempt succeeded(long id, Instant at, long runId);

    /** Ends a RUNNING attempt with the reason it failed; throws as {@link #succeeded}. */
    RunAttempt failed(long id, Instant at, String reason);

    /**
     * Fails every attempt still RUNNING with {@code reason}: at start-up none can be, since runs
     * happen inside the server.
     *
     * @return how many were failed
     */
    int failRunning(Instant at, String reason);

    /** Attempts, newest first. */
    List<RunAttempt> recent(int limit);
}
