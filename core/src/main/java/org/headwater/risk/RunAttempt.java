package org.headwater.risk;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to score the network, whatever came of it: a failed run is kept with its reason so a
 * user who started it learns why no list came of it.
 *
 * @param id the store's id
 * @param trigger what started it: "schedule", "demo start" or "on demand by USER"
 * @param startedAt when it started, in the server clock's time
 * @param state running, succeeded or failed
 * @param finishedAt when it ended; null while running
 * @param reason why it failed; null unless failed
 * @param runId the stored {@link RiskRun}'s id; null unless succeeded
 */
public record RunAttempt(
        long id,
        String trigger,
        Instant startedAt,
        RunState state,
        @Nullable Instant finishedAt,
        @Nullable String reason,
        @Nullable Long runId) {

    public RunAttempt {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(state, "state");
        if ((state == RunState.RUNNING) != (finishedAt == null)) {
            throw new IllegalArgumentException("finishedAt must be set exactly when the run has ended, state " + state
                    + " finishedAt " + finishedAt);
        }
        if ((state == RunState.FAILED) != (reason != null)) {
            throw new IllegalArgumentException("a reason is given exactly for a FAILED run, state " + state);
        }
        if ((state == RunState.SUCCEEDED) != (runId != null)) {
            throw new IllegalArgumentException("a run id is given exactly for a SUCCEEDED run, state " + state);
        }
    }
}
