package org.headwater.hydraulics;

/** Changes a model's time-varying inputs before each solution of an extended-period run. */
@FunctionalInterface
public interface StepInputs {

    /** Called before the solution at {@code timeSeconds} of elapsed simulation time. */
    void beforeSolve(long timeSeconds);
}
