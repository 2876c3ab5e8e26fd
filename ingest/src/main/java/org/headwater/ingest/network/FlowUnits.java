package org.headwater.ingest.network;

import java.util.Locale;
import java.util.Optional;

/**
 * EPANET's flow units. The flow unit also fixes every other unit of the file: the five US units
 * mean feet, inches, psi and horsepower; the SI units mean metres, millimetres and kilowatts
 * (EPANET 2.2 manual, table "Units of measurement").
 */
public enum FlowUnits {
    CFS(28.316846592, true),
    GPM(3.785411784 / 60, true),
    MGD(3.785411784e6 / 86_400, true),
    IMGD(4.54609e6 / 86_400, true),
    AFD(1_233_481.83754752 / 86_400, true),
    LPS(1, false),
    LPM(1.0 / 60, false),
    MLD(1e6 / 86_400, false),
    CMH(1000.0 / 3600, false),
    CMD(1000.0 / 86_400, false),
    CMS(1000, false);

    private static final double METRES_PER_FOOT = 0.3048;
    private static final double MM_PER_INCH = 25.4;
    // EPANET's own factor (0.4333 psi per foot of water), so converted settings match its results.
    private static final double METRES_PER_PSI = METRES_PER_FOOT / 0.4333;
    private static final double KW_PER_HP = 0.745699872;
    private static final double CUBIC_METRES_PER_CUBIC_FOOT = 0.028316846592;

    private final double litresPerSecond;
    private final boolean usCustomary;

    FlowUnits(double litresPerSecond, boolean usCustomary) {
        this.litresPerSecond = litresPerSecond;
        this.usCustomary = usCustomary;
    }

    static Optional<FlowUnits> named(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean usCustomary() {
        return usCustomary;
    }

    public double toLitresPerSecond(double flow) {
        return flow * litresPerSecond;
    }

    /** Lengths, elevations, heads and tank levels: feet or metres in the file. */
    public double toMetres(double length) {
        return usCustomary ? length * METRES_PER_FOOT : length;
    }

    /** Pipe and valve diameters: inches or millimetres in the file. */
    public double toMillimetres(double diameter) {
        return usCustomary ? diameter * MM_PER_INCH : diameter;
    }

    /** Pressure settings (PRV, PSV, PBV): psi or metres of head in the file. */
    public double pressureToMetres(double pressure) {
        return usCustomary ? pressure * METRES_PER_PSI : pressure;
    }

    public double powerToKilowatts(double power) {
        return usCustomary ? power * KW_PER_HP : power;
    }

    public double volumeToCubicMetres(double volume) {
        return usCustomary ? volume * CUBIC_METRES_PER_CUBIC_FOOT : volume;
    }

    /** Darcy-Weisbach roughness: millifeet or millimetres in the file. */
    public double darcyRoughnessToMillimetres(double roughness) {
        return usCustomary ? roughness * METRES_PER_FOOT : roughness;
    }
}
