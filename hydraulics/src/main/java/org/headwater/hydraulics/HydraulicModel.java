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
 * internal units (feet, cfs, seconds). Immutable once read; {@link Simulation} holds the state.
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
