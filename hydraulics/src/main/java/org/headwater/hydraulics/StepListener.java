package org.headwater.hydraulics;

/** Receives each hydraulic solution of an extended-period run, at every solution time. */
@FunctionalInterface
public interface StepListener {

    /**
     * Called with the state at {@code timeSeconds} of elapsed simulation time; the state is only
     * valid during the call (take {@link HydraulicState#copy()} to keep it).
     */
    void onStep(long timeSeconds, HydraulicState state);
}
