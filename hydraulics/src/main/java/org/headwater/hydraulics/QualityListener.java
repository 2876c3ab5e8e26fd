package org.headwater.hydraulics;

/** Called at every hydraulic solution time of a {@link QualitySimulation} with both solutions at that time. */
@FunctionalInterface
public interface QualityListener {
    void onStep(long timeSeconds, HydraulicState hydraulics, QualitySimulation quality);
}
