package org.headwater.hydraulics.leakdb;

/**
 * One leak of a LeakDB scenario: its node, the hole's final diameter, abrupt or incipient, and
 * its steps (0-based 30-minute indices; active on [start, end), full size from {@code peak}).
 */
public record LeakDbLeak(int scenario, String node, double diameterM, boolean incipient, int start, int end, int peak) {

    /**
     * The hole's area (m²) at a step. An incipient leak's diameter grows linearly from 0 at
     * {@code start} to its final size at {@code peak}, as LeakDB's generator grows it.
     */
    public double areaAt(int step) {
        if (step < start || step >= end) {
            return 0.0;
        }
        double d = diameterM;
        if (incipient && step < peak) {
            d = diameterM * (step - start) / (double) (peak - start);
        }
        return Math.PI * d * d / 4.0;
    }
}
