package org.headwater.hydraulics;

import java.util.Arrays;

/**
 * The water-quality inputs of a network as its .inp file gives them ([OPTIONS] QUALITY, DIFFUSIVITY,
 * TOLERANCE, [TIMES] QUALITY TIMESTEP, [QUALITY], [REACTIONS], [SOURCES], [MIXING]), in the file's
 * units (concentrations in the chemical's units, coefficients per day). {@link HydraulicModel#quality()}
 * hands out a copy; the setters change that copy only, as EPANET's toolkit setters change a project.
 */
public final class QualitySettings {

    /** EPANET's source types ([SOURCES]). */
    public enum SourceType {
        CONCEN,
        MASS,
        SETPOINT,
        FLOWPACED
    }

    static final double UNSET = Double.NaN;

    QualityType type = QualityType.NONE;
    String chemicalName = "Chemical";
    String chemicalUnits = "mg/L";
    int traceNode = -1;
    long qualityStep; // 0: a tenth of the hydraulic step
    double tolerance = UNSET; // UNSET: 0.01 (hours for age)
    double diffusivity = UNSET; // UNSET: chlorine's in water at 20 C; above 1e-4 a multiple of it
    double bulkOrder = 1.0;
    double wallOrder = 1.0;
    double tankOrder = 1.0;
    double limitingPotential;
    double roughnessFactor;
    double globalBulk;
    double globalWall;

    final double[] initialQuality; // per node
    final double[] pipeBulk; // per link, UNSET: global
    final double[] pipeWall; // per link, UNSET: global or roughness correlation
    final double[] tankBulk; // per tank (index from nJunctions), UNSET: global
    final TankMixing[] mixing; // per tank
    final double[] mixFraction; // per tank, mixing zone share of the maximum volume
    final SourceType[] sourceType; // per node, null: no source
    final double[] sourceStrength;
    final int[] sourcePattern;

    QualitySettings(int nodes, int links, int tanks) {
        initialQuality = new double[nodes];
        pipeBulk = filled(links, UNSET);
        pipeWall = filled(links, UNSET);
        tankBulk = filled(tanks, UNSET);
        mixing = new TankMixing[tanks];
        Arrays.fill(mixing, TankMixing.MIXED);
        mixFraction = filled(tanks, 1.0);
        sourceType = new SourceType[nodes];
        sourceStrength = new double[nodes];
        sourcePattern = new int[nodes];
        Arrays.fill(sourcePattern, -1);
    }

    private QualitySettings(QualitySettings o) {
        type = o.type;
        chemicalName = o.chemicalName;
        chemicalUnits = o.chemicalUnits;
        traceNode = o.traceNode;
        qualityStep = o.qualityStep;
        tolerance = o.tolerance;
        diffusivity = o.diffusivity;
        bulkOrder = o.bulkOrder;
        wallOrder = o.wallOrder;
        tankOrder = o.tankOrder;
        limitingPotential = o.limitingPotential;
        roughnessFactor = o.roughnessFactor;
        globalBulk = o.globalBulk;
        globalWall = o.globalWall;
        initialQuality = o.initialQuality.clone();
        pipeBulk = o.pipeBulk.clone();
        pipeWall = o.pipeWall.clone();
        tankBulk = o.tankBulk.clone();
        mixing = o.mixing.clone();
        mixFraction = o.mixFraction.clone();
        sourceType = o.sourceType.clone();
        sourceStrength = o.sourceStrength.clone();
        sourcePattern = o.sourcePattern.clone();
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    QualitySettings copy() {
        return new QualitySettings(this);
    }

    public QualityType type() {
        return type;
    }

    public String chemicalName() {
        return chemicalName;
    }

    /** Units of the results: the chemical's, "hrs" for age, "%" for a trace. */
    public String units() {
        return switch (type) {
            case AGE -> "hrs";
            case TRACE -> "%";
            default -> chemicalUnits;
        };
    }

    /** Node whose water is traced, or -1. */
    public int traceNode() {
        return traceNode;
    }

    /** A chemical, named with its concentration units (mg/L or ug/L). */
    public QualitySettings chemical(String name, String units) {
        type = QualityType.CHEMICAL;
        chemicalName = name;
        chemicalUnits = units;
        return this;
    }

    /** Water age in hours. */
    public QualitySettings age() {
        type = QualityType.AGE;
        return this;
    }

    /** Percent of the water coming from {@code node}. */
    public QualitySettings trace(int node) {
        type = QualityType.TRACE;
        traceNode = node;
        return this;
    }

    /** Initial quality of a node (a reservoir's keeps for the whole run unless a source changes it). */
    public QualitySettings initialQuality(int node, double value) {
        if (value < 0) {
            throw new IllegalArgumentException("initial quality must not be negative");
        }
        initialQuality[node] = value;
        return this;
    }

    /** Bulk reaction coefficient of a pipe, per day (negative for decay). */
    public QualitySettings pipeBulk(int link, double perDay) {
        pipeBulk[link] = perDay;
        return this;
    }

    /** Wall reaction coefficient of a pipe (ft/day or m/day for first order). */
    public QualitySettings pipeWall(int link, double value) {
        pipeWall[link] = value;
        return this;
    }

    /** Bulk reaction coefficient of a tank (node index), per day. */
    public QualitySettings tankBulk(int node, double perDay, HydraulicModel model) {
        tankBulk[tankOf(node, model)] = perDay;
        return this;
    }

    /** Mixing model of a tank (node index); {@code fraction} is the 2-compartment mixing zone's share. */
    public QualitySettings mixing(int node, TankMixing model, double fraction, HydraulicModel hydraulics) {
        int t = tankOf(node, hydraulics);
        mixing[t] = model;
        mixFraction[t] = fraction == 0.0 ? 1.0 : fraction;
        return this;
    }

    /** A quality source at a node: strength in concentration units (mass per minute for MASS), optional pattern index. */
    public QualitySettings source(int node, SourceType kind, double strength, int pattern) {
        sourceType[node] = kind;
        sourceStrength[node] = strength;
        sourcePattern[node] = pattern;
        return this;
    }

    /** Quality time step in seconds (0: a tenth of the hydraulic step). */
    public QualitySettings qualityStep(long seconds) {
        qualityStep = seconds;
        return this;
    }

    private static int tankOf(int node, HydraulicModel model) {
        int t = node - model.nJunctions;
        if (t < 0) {
            throw new IllegalArgumentException(model.nodeIds[node] + " is not a tank");
        }
        return t;
    }
}
