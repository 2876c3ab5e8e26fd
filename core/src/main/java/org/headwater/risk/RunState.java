package org.headwater.risk;

/**
 * Where a scoring attempt stands. A run is RUNNING until it ends, then SUCCEEDED (its ranking is
 * stored) or FAILED (with a reason); nothing moves out of an end state.
 */
public enum RunState {
    RUNNING,
    SUCCEEDED,
    FAILED;

    /** Whether {@code to} may follow this state. */
    public boolean mayMoveTo(RunState to) {
        return this == RUNNING && to != RUNNING;
    }

    /** Throws an {@link IllegalStateException} naming both states when {@code to} may not follow this one. */
    public void requireMoveTo(RunState to) {
        if (!mayMoveTo(to)) {
            throw new IllegalStateException("a break-risk run cannot move from " + this + " to " + to);
        }
    }
}
