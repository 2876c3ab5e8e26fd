package org.headwater.hydraulics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A network ready to solve, read from an EPANET .inp file: nodes (junctions first, then
 * reservoirs and tanks), links, curves, patterns, controls, rules and options, all in EPANET's
 * internal units (feet, cfs, seconds). Read-only once read, except through the scenario edits
 * below (times, pipe parameters, demand patterns, leaks), which a scenario generator applies to a
 * model it read for itself; {@link Simulation} holds the state.
 */
public final class HydraulicModel {

    static final double MISSING = -1.0e10;

    // Control types, in EPANET's order
    static final int LOWLEVEL = 0;
    static final int HILEVEL = 1;
    static final int TIMER = 2;
    static final int TIMEOFDAY = 3;

    // Pump curve types
    static final int CONST_HP = 0;
    static final int POWER_FUNC = 1;
    static final int CUSTOM = 2;
    static final int NOCURVE = 3;

    final String name;
    Units units;

    // Nodes
    int nJunctions;
    int nNodes;
    String[] nodeIds;
    double[] elevation;
    int[] demandStart; // demands of junction i are [demandStart[i], demandStart[i+1])
    double[] demandBase;
    int[] demandPattern;
    double[] emitterKe;

    // Tanks and reservoirs: tank t sits at node nJunctions + t
    int nTanks;
    double[] tankArea; // 0 for a reservoir
    double[] tankH0;
    double[] tankHmin;
    double[] tankHmax;
    double[] tankVmin;
    double[] tankVmax;
    double[] tankV0;
    int[] tankVolCurve; // -1 when none
    int[] tankPattern; // reservoir head pattern, -1 when none
    boolean[] tankOverflow;

    // Links
    int nLinks;
    String[] linkIds;
    int[] from;
    int[] to;
    LinkType[] type;
    double[] diameter;
    double[] length;
    double[] kc; // roughness, valve setting, pump speed (MISSING when a valve's status is fixed)
    double[] km; // minor loss coefficient (converted); pump power for constant-HP pumps
    double[] resistance;
    byte[] initStatus;
    int[] linkPump; // pump index of a link, -1 otherwise

    // Pumps
    int nPumps;
    int[] pumpLink;
    int[] pumpType;
    double[] pumpH0;
    double[] pumpR;
    double[] pumpN;
    double[] pumpHmax;
    double[] pumpQmax;
    double[] pumpQ0;
    int[] pumpHeadCurve;
    int[] pumpSpeedPattern;
    int[] pumpEffCurve;
    double[] pumpPrice; // 0 when the global price applies
    int[] pumpPricePattern;

    // Energy options ([ENERGY])
    double globalEfficiency = 75.0;
    double globalPrice;
    int globalPricePattern = -1;
    double demandCharge;

    // Curves (file units) and patterns
    List<String> curveIds = new ArrayList<>();
    List<double[]> curveX = new ArrayList<>();
    List<double[]> curveY = new ArrayList<>();
    List<String> patternIds = new ArrayList<>();
    List<double[]> patterns = new ArrayList<>();

    // Simple controls
    int nControls;
    int[] ctlLink;
    int[] ctlNode; // -1 when none
    int[] ctlType;
    byte[] ctlStatus;
    double[] ctlSetting;
    long[] ctlTime;
    double[] ctlGrade;

    List<Rule> rules = new ArrayList<>();

    QualitySettings quality;

    // Options
    boolean darcyWeisbach;
    boolean chezyManning;
    double hexp = 1.852;
    double viscosity = 1.1e-5;
    double specificGravity = 1.0;
    double accuracy = 0.001;
    int maxIter = 200;
    int extraIter = -1;
    int checkFreq = 2;
    int maxCheck = 10;
    double dampLimit = 0;
    double headErrorLimit = 0;
    double flowChangeLimit = 0;
    double qexp = 2.0; // 1 / emitter exponent
    double demandMultiplier = 1.0;
    boolean pressureDriven;
    double pmin = 0;
    double preq = 0.1;
    double pexp = 0.5;
    boolean emitterBackflow = true;

    // Times (seconds)
    long duration;
    long hydStep = 3600;
    long patternStep = 3600;
    long patternStart;
    long reportStep = 3600;
    long reportStart;
    long ruleStep;
    long startClock;

    final List<SolverWarning> inputWarnings = new ArrayList<>();
    private Map<String, Integer> nodeIndex;
    private Map<String, Integer> linkIndex;

    HydraulicModel(String name) {
        this.name = name;
    }

    /** Reads an .inp file (or a gzipped one, by its .gz suffix). */
    public static HydraulicModel read(Path file) {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return read(in, baseName(file.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads an .inp file from a stream; {@code name} is used in error messages. */
    public static HydraulicModel read(InputStream in, String name) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        return new InpModelReader(name).read(reader);
    }

    private static String baseName(String file) {
        String name = file.endsWith(".gz") ? file.substring(0, file.length() - 3) : file;
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public String name() {
        return name;
    }

    public Units units() {
        return units;
    }

    public int nodeCount() {
        return nNodes;
    }

    public int junctionCount() {
        return nJunctions;
    }

    public int linkCount() {
        return nLinks;
    }

    public String nodeId(int node) {
        return nodeIds[node];
    }

    public String linkId(int link) {
        return linkIds[link];
    }

    /** Start node of a link (flow is positive from it). */
    public int linkFrom(int link) {
        return from[link];
    }

    public int linkTo(int link) {
        return to[link];
    }

    public LinkType linkType(int link) {
        return type[link];
    }

    /** A node's kind as EPANET names it: JUNCTION, RESERVOIR or TANK. */
    public String nodeKind(int node) {
        if (node < nJunctions) {
            return "JUNCTION";
        }
        return tankArea[node - nJunctions] == 0 ? "RESERVOIR" : "TANK";
    }

    /** Elevation in the file's units. */
    public double elevation(int node) {
        return elevation[node] * units.head();
    }

    public long durationSeconds() {
        return duration;
    }

    public long hydraulicStepSeconds() {
        return hydStep;
    }

    /** The file's water-quality settings: a copy, which the caller may change before a {@link QualitySimulation}. */
    public QualitySettings quality() {
        return quality.copy();
    }

    /** Warnings found while reading (for example a node connected to no link). */
    public List<SolverWarning> inputWarnings() {
        return List.copyOf(inputWarnings);
    }

    /** Index of a node id, or -1. */
    public int nodeIndex(String id) {
        if (nodeIndex == null) {
            nodeIndex = index(nodeIds, nNodes);
        }
        return nodeIndex.getOrDefault(id, -1);
    }

    /** Index of a link id, or -1. */
    public int linkIndex(String id) {
        if (linkIndex == null) {
            linkIndex = index(linkIds, nLinks);
        }
        return linkIndex.getOrDefault(id, -1);
    }

    private static Map<String, Integer> index(String[] ids, int n) {
        Map<String, Integer> map = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            map.put(ids[i], i);
        }
        return map;
    }

    // Scenario edits: change this model in place (read a fresh model per scenario).

    /** Sets duration, hydraulic, pattern and report steps (pattern and report start at 0). */
    public void setTimes(long durationSeconds, long stepSeconds) {
        duration = durationSeconds;
        hydStep = stepSeconds;
        patternStep = stepSeconds;
        patternStart = 0;
        reportStep = stepSeconds;
        reportStart = 0;
    }

    /** Multiplies a pipe's length, diameter and roughness coefficient and recomputes its resistance. */
    public void scalePipe(int link, double lengthFactor, double diameterFactor, double roughnessFactor) {
        if (type[link] != LinkType.PIPE && type[link] != LinkType.CVPIPE) {
            throw new IllegalArgumentException("link " + linkIds[link] + " is not a pipe");
        }
        length[link] *= lengthFactor;
        diameter[link] *= diameterFactor;
        kc[link] *= roughnessFactor;
        computeResistance(link);
    }

    /**
     * Multiplies every base demand of a junction by {@code baseFactor} and gives them all the
     * pattern {@code multipliers} (one per pattern step, repeating), replacing their patterns.
     */
    public void setJunctionDemand(int junction, double baseFactor, double[] multipliers) {
        if (junction >= nJunctions) {
            throw new IllegalArgumentException("node " + nodeIds[junction] + " is not a junction");
        }
        patternIds.add("scenario-" + nodeIds[junction]);
        patterns.add(multipliers.clone());
        for (int d = demandStart[junction]; d < demandStart[junction + 1]; d++) {
            demandBase[d] *= baseFactor;
            demandPattern[d] = patterns.size() - 1;
        }
    }

    /** Sets the global demand multiplier (the file's DEMAND MULTIPLIER); may be called between time steps of a run. */
    public void setDemandMultiplier(double multiplier) {
        if (multiplier < 0 || !Double.isFinite(multiplier)) {
            throw new IllegalArgumentException("demand multiplier must be >= 0: " + multiplier);
        }
        demandMultiplier = multiplier;
    }

    /** A link's length in the file's units (feet or metres; 0 for pumps and valves). */
    public double length(int link) {
        return type[link] == LinkType.PIPE || type[link] == LinkType.CVPIPE ? length[link] * units.head() : 0.0;
    }

    /** Multiplies every base demand of a junction by {@code factor}, keeping its patterns. */
    public void scaleJunctionDemand(int junction, double factor) {
        if (junction >= nJunctions) {
            throw new IllegalArgumentException("node " + nodeIds[junction] + " is not a junction");
        }
        if (factor < 0 || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("demand factor of " + nodeIds[junction] + " must be >= 0: " + factor);
        }
        for (int d = demandStart[junction]; d < demandStart[junction + 1]; d++) {
            demandBase[d] *= factor;
        }
    }

    /**
     * Sets a leak at a junction as an emitter of a round orifice: q = cd·A·√(2g·p), with the area
     * in m² (0 removes it). Uses the model's emitter exponent (0.5 makes it the orifice law); may
     * be called between time steps of a run.
     */
    public void setLeak(int junction, double areaM2, double dischargeCoefficient) {
        if (junction >= nJunctions) {
            throw new IllegalArgumentException("node " + nodeIds[junction] + " is not a junction");
        }
        if (areaM2 <= 0) {
            emitterKe[junction] = 0.0;
            return;
        }
        // q [cfs] = c·h[ft]^0.5 with c = cd·A·√(2g·0.3048 m/ft) / 0.0283168 m³/ft³
        double c = dischargeCoefficient * areaM2 * Math.sqrt(2 * 9.80665 * Units.MPERFT) / 0.028316846592;
        emitterKe[junction] = 1.0 / Math.pow(c, qexp);
    }

    /** Pressure-driven analysis (EPANET 2.2's) with the file's or default pressure limits. */
    public void usePressureDrivenDemand() {
        pressureDriven = true;
    }

    /** Whether emitters may take water in at negative pressure (EPANET's default: yes). */
    public void setEmitterBackflow(boolean allowed) {
        emitterBackflow = allowed;
    }

    /** EPANET resistcoeff(): the resistance of a pipe under the chosen formula; tiny for valves. */
    void computeResistance(int k) {
        switch (type[k]) {
            case CVPIPE, PIPE -> {
                double e = kc[k];
                double d = diameter[k];
                double len = length[k];
                if (darcyWeisbach) {
                    resistance[k] = len / 2.0 / 32.2 / d / Math.pow(Math.PI * d * d / 4.0, 2);
                } else if (chezyManning) {
                    resistance[k] = Math.pow(4.0 * e / (1.49 * Math.PI * d * d), 2) * Math.pow(d / 4.0, -1.333) * len;
                } else {
                    resistance[k] = 4.727 * len / Math.pow(e, hexp) / Math.pow(d, 4.871);
                }
            }
            case PUMP -> resistance[k] = 1.0e8;
            default -> resistance[k] = 1.0e-6;
        }
    }

    double patternFactor(int pattern, long period) {
        if (pattern < 0) {
            return 1.0;
        }
        double[] f = patterns.get(pattern);
        return f[(int) (period % f.length)];
    }

    /** Volume of tank t at head h (EPANET tankvolume). */
    double tankVolume(int t, double h) {
        int c = tankVolCurve[t];
        if (c < 0) {
            return tankVmin[t] + (h - tankHmin[t]) * tankArea[t];
        }
        double level = (h - elevation[nJunctions + t]) * units.head();
        return Curves.interp(curveX.get(c), curveY.get(c), level) / units.volume();
    }

    /** Head of tank t holding volume v (EPANET tankgrade). */
    double tankGrade(int t, double v) {
        int c = tankVolCurve[t];
        if (c < 0) {
            return tankHmin[t] + (v - tankVmin[t]) / tankArea[t];
        }
        return elevation[nJunctions + t]
                + Curves.interp(curveY.get(c), curveX.get(c), v * units.volume()) / units.head();
    }
}
