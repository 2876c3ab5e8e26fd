package org.headwater.hydraulics;

import static org.headwater.hydraulics.Segments.NONE;

/**
 * EPANET 2.2's water-quality engine (quality.c, qualroute.c, qualreact.c) run over our hydraulic
 * solution: Lagrangian time-driven transport with volume segments in every link and tank, nodes
 * mixed in topological (upstream-first) order, a quality step within each hydraulic step, bulk and
 * wall reactions, tank mixing models, sources, water age and source tracing. Flows and demands
 * are rounded to single precision, as EPANET's quality pass reads them from its hydraulics file.
 *
 * <pre>{@code
 * HydraulicModel model = HydraulicModel.read(path);
 * QualitySimulation q = new QualitySimulation(model, model.quality());
 * q.run(86_400, (t, hydraulics, quality) -> quality.nodeQuality(model.nodeIndex("10")));
 * }</pre>
 */
public final class QualitySimulation {

    private static final double Q_STAGNANT = 0.005 / 448.831; // 0.005 gpm in cfs

    private final HydraulicModel m;
    private final QualitySettings q;
    private final Simulation hydraulics;
    private final QualityReactions react;
    private final Segments seg;
    private final TankMixer mixer;
    private final boolean reactive;
    private final double units; // EPANET's Ucf[QUALITY]: internal to reported
    private final double tolerance;
    private final long qualityStep;
    private final double[] kb;
    private final double[] kw;
    private final double[] tankKb;
    private final double[] mixingVolume;
    private final double[] initial;
    // node -> incident links, most recently defined link first (EPANET's adjacency lists)
    private final int[] adjStart;
    private final int[] adjLink;
    private final int[] adjNode;

    private final double[] nodeQual;
    private final double[] tankQual;
    private final double[] flow;
    private final double[] demand;
    private final double[] rc;
    private final byte[] dir;
    private final int[] sorted;
    private final int[] indegree;
    private final int[] stack;
    private long intervalStart;
    private double volIn;
    private double massIn;

    public QualitySimulation(HydraulicModel model) {
        this(model, model.quality());
    }

    public QualitySimulation(HydraulicModel model, QualitySettings settings) {
        this.m = model;
        this.q = settings.copy();
        if (q.type == QualityType.TRACE && (q.traceNode < 0 || q.traceNode >= model.nNodes)) {
            throw new IllegalArgumentException("a source trace needs a node of " + model.name());
        }
        this.hydraulics = new Simulation(model);
        int nn = m.nNodes;
        int nl = m.nLinks;
        units = q.type == QualityType.CHEMICAL ? 1.0 / QualityReactions.LITRES_PER_FT3 : 1.0;
        double tol = Double.isNaN(q.tolerance) ? 0.01 : q.tolerance;
        tolerance = tol / units;
        long step = q.qualityStep == 0 ? m.hydStep / 10 : q.qualityStep;
        qualityStep = Math.max(1, Math.min(step, m.hydStep));
        react = new QualityReactions(m, q, units);
        kb = new double[nl];
        kw = new double[nl];
        for (int k = 0; k < nl; k++) {
            if (m.type[k].ordinal() <= LinkType.PIPE.ordinal()) {
                kb[k] = QualityReactions.perSecond(Double.isNaN(q.pipeBulk[k]) ? q.globalBulk : q.pipeBulk[k]);
                kw[k] = QualityReactions.perSecond(Double.isNaN(q.pipeWall[k]) ? defaultWall(k) : q.pipeWall[k]);
            }
        }
        tankKb = new double[m.nTanks];
        mixingVolume = new double[m.nTanks];
        for (int t = 0; t < m.nTanks; t++) {
            tankKb[t] = QualityReactions.perSecond(Double.isNaN(q.tankBulk[t]) ? q.globalBulk : q.tankBulk[t]);
            mixingVolume[t] = q.mixFraction[t] * m.tankVmax[t];
        }
        initial = new double[nn];
        for (int i = 0; i < nn; i++) {
            initial[i] = q.initialQuality[i] / units;
        }
        reactive = isReactive();
        adjStart = new int[nn + 1];
        adjLink = new int[2 * nl];
        adjNode = new int[2 * nl];
        buildAdjacency();
        seg = new Segments(nl + m.nTanks);
        mixer = new TankMixer(seg, tolerance);
        nodeQual = new double[nn];
        tankQual = new double[m.nTanks];
        flow = new double[nl];
        demand = new double[nn];
        rc = new double[nl];
        dir = new byte[nl];
        sorted = new int[nn];
        indegree = new int[nn];
        stack = new int[nn];
    }

    /** The settings this run uses. */
    public QualitySettings settings() {
        return q.copy();
    }

    /** Warnings of the hydraulic runs so far. */
    public java.util.List<SolverWarning> warnings() {
        return hydraulics.warnings();
    }

    /** Quality at a node in the settings' units (EPANET's EN_QUALITY). */
    public double nodeQuality(int node) {
        return nodeQual[node] * units;
    }

    /** Volume-weighted mean quality in a link, or the mean of its end nodes when it holds no water (EN_LINKQUAL). */
    public double linkQuality(int link) {
        double c = seg.average(link);
        if (Double.isNaN(c)) {
            c = (nodeQual[m.from[link]] + nodeQual[m.to[link]]) / 2.0;
        }
        return c * units;
    }

    /**
     * Runs hydraulics and quality from time 0 to {@code durationSeconds}, calling the listener at
     * every hydraulic solution time with the quality reached at that time.
     */
    public void run(long durationSeconds, QualityListener listener) {
        init();
        long[] previous = {-1};
        hydraulics.run(durationSeconds, (t, state) -> {
            if (previous[0] >= 0 && q.type != QualityType.NONE) {
                advance(t - previous[0]);
            }
            load(state, t);
            previous[0] = t;
            listener.onStep(t, state, this);
        });
    }

    private double defaultWall(int k) {
        double rf = q.roughnessFactor;
        if (rf == 0.0) {
            return q.globalWall;
        }
        double d = m.diameter[k] * m.units.diameter();
        double kc = m.darcyWeisbach ? m.kc[k] * 1000.0 * m.units.head() : m.kc[k];
        if (kc <= 0.0 || d <= 0.0) {
            return 0.0;
        }
        if (m.darcyWeisbach) {
            return rf / Math.abs(Math.log(kc / d));
        }
        return m.chezyManning ? rf * kc : rf / kc;
    }

    private boolean isReactive() {
        if (q.type == QualityType.TRACE) {
            return false;
        }
        if (q.type == QualityType.AGE) {
            return true;
        }
        for (int k = 0; k < m.nLinks; k++) {
            if (kb[k] != 0.0 || kw[k] != 0.0) {
                return true;
            }
        }
        for (int t = 0; t < m.nTanks; t++) {
            if (m.tankArea[t] != 0.0 && tankKb[t] != 0.0) {
                return true;
            }
        }
        return false;
    }

    private void buildAdjacency() {
        int[] count = new int[m.nNodes];
        for (int k = 0; k < m.nLinks; k++) {
            count[m.from[k]]++;
            count[m.to[k]]++;
        }
        for (int i = 0; i < m.nNodes; i++) {
            adjStart[i + 1] = adjStart[i] + count[i];
        }
        int[] fill = new int[m.nNodes];
        for (int k = m.nLinks - 1; k >= 0; k--) {
            put(m.from[k], k, m.to[k], fill);
            put(m.to[k], k, m.from[k], fill);
        }
    }

    private void put(int node, int link, int other, int[] fill) {
        int at = adjStart[node] + fill[node]++;
        adjLink[at] = link;
        adjNode[at] = other;
    }

    /** EPANET initqual() and initsegs(). */
    private void init() {
        int nj = m.nJunctions;
        for (int i = 0; i < m.nNodes; i++) {
            nodeQual[i] = q.type == QualityType.TRACE ? 0.0 : initial[i];
        }
        for (int t = 0; t < m.nTanks; t++) {
            tankQual[t] = nodeQual[nj + t];
        }
        if (q.type == QualityType.TRACE) {
            nodeQual[q.traceNode] = 100.0;
        }
        seg.clear();
        for (int k = 0; k < m.nLinks; k++) {
            if (m.type[k] == LinkType.PIPE) {
                seg.add(k, 0.785398 * m.length[k] * m.diameter[k] * m.diameter[k], nodeQual[m.to[k]]);
            }
            dir[k] = 0;
        }
        for (int t = 0; t < m.nTanks; t++) {
            if (m.tankArea[t] == 0.0) {
                continue;
            }
            int k = m.nLinks + t;
            double c = initial[nj + t];
            double v = m.tankV0[t];
            seg.add(k, v, c);
            if (q.mixing[t] == TankMixing.TWO_COMPARTMENT) {
                double stagnant = Math.max(0, v - mixingVolume[t]);
                seg.v[seg.first[k]] = stagnant;
                seg.add(k, v - stagnant, c);
            }
        }
    }

    /** EPANET runqual(): the new hydraulic period's flows, wall coefficients and node order. */
    private void load(HydraulicState state, long t) {
        intervalStart = t;
        for (int k = 0; k < m.nLinks; k++) {
            flow[k] = state.savedFlow(k);
        }
        for (int i = 0; i < m.nNodes; i++) {
            demand[i] = state.savedDemand(i);
        }
        if (q.type == QualityType.NONE) {
            return;
        }
        if (reactive && q.type != QualityType.AGE) {
            for (int k = 0; k < m.nLinks; k++) {
                rc[k] = kw[k] == 0.0 ? 0.0 : react.wallCoefficient(kw[k], m.diameter[k], m.length[k], flow[k]);
            }
        }
        if (directionsChanged()) {
            sortNodes();
        }
    }

    private boolean directionsChanged() {
        boolean changed = false;
        for (int k = 0; k < m.nLinks; k++) {
            byte newDir = Math.abs(flow[k]) < Q_STAGNANT ? 0 : (byte) (flow[k] < 0 ? -1 : 1);
            if (newDir * dir[k] < 0) {
                seg.reverse(k);
            }
            if (newDir != dir[k]) {
                changed = true;
            }
            dir[k] = newDir;
        }
        return changed;
    }

    private int downstream(int k) {
        return dir[k] < 0 ? m.from[k] : m.to[k];
    }

    private int upstream(int k) {
        return dir[k] < 0 ? m.to[k] : m.from[k];
    }

    /** EPANET sortnodes(): upstream-first order, links with negligible flow left out, cycles broken. */
    private void sortNodes() {
        int nn = m.nNodes;
        java.util.Arrays.fill(indegree, 0);
        for (int k = 0; k < m.nLinks; k++) {
            if (dir[k] != 0) {
                indegree[downstream(k)]++;
            }
        }
        int top = 0;
        for (int i = 0; i < nn; i++) {
            if (indegree[i] == 0) {
                stack[top++] = i;
            }
        }
        int done = 0;
        while (done < nn) {
            if (top == 0) {
                int j = cycleBreaker(done);
                if (j < 0) {
                    break;
                }
                indegree[j] = 0;
                stack[top++] = j;
            }
            int i = stack[--top];
            sorted[done++] = i;
            for (int a = adjStart[i]; a < adjStart[i + 1]; a++) {
                int k = adjLink[a];
                if (dir[k] == 0) {
                    continue;
                }
                int n = downstream(k);
                if (n != i && indegree[n] > 0 && --indegree[n] == 0) {
                    stack[top++] = n;
                }
            }
        }
        if (done < nn) {
            throw new HydraulicsException(120, m.name, "cannot sort the nodes for water-quality routing");
        }
    }

    /** EPANET selectnonstacknode(): a node still waiting for inflow next to the latest sorted ones. */
    private int cycleBreaker(int done) {
        for (int i = done - 1; i >= 0; i--) {
            int s = sorted[i];
            for (int a = adjStart[s]; a < adjStart[s + 1]; a++) {
                if (indegree[adjNode[a]] > 0) {
                    return adjNode[a];
                }
            }
        }
        for (int i = 0; i < m.nNodes; i++) {
            if (indegree[i] > 0) {
                return i;
            }
        }
        return -1;
    }

    /** EPANET nextqual(): transport over one hydraulic period in quality steps. */
    private void advance(long hydStep) {
        long done = 0;
        while (done < hydStep) {
            long dt = Math.min(qualityStep, hydStep - done);
            done += dt;
            transport(dt);
        }
    }

    /** EPANET transport(): react, then mix each node in order and release its water into its outflow links. */
    private void transport(long dt) {
        if (reactive) {
            reactPipes(dt);
            reactTanks(dt);
        }
        for (int j = 0; j < m.nNodes; j++) {
            int n = sorted[j];
            volIn = 0.0;
            massIn = 0.0;
            double volOut = 0.0;
            for (int a = adjStart[n]; a < adjStart[n + 1]; a++) {
                int k = adjLink[a];
                if (downstream(k) == n) {
                    inflow(k, dt);
                } else {
                    volOut += Math.abs(flow[k]);
                }
            }
            if (n < m.nJunctions) {
                volOut += Math.max(0.0, demand[n]);
            }
            volOut *= dt;
            double c = nodeQuality(n, volOut, dt);
            for (int a = adjStart[n]; a < adjStart[n + 1]; a++) {
                int k = adjLink[a];
                if (upstream(k) == n) {
                    outflow(k, c, dt);
                }
            }
        }
    }

    private void reactPipes(long dt) {
        for (int k = 0; k < m.nLinks; k++) {
            if (m.type[k] != LinkType.PIPE) {
                continue; // EPANET 2.2 reacts plain pipes only (not check-valve pipes)
            }
            for (int s = seg.first[k]; s != NONE; s = seg.prev[s]) {
                seg.c[s] = react.pipe(seg.c[s], kb[k], kw[k], rc[k], m.diameter[k], dt);
            }
        }
    }

    private void reactTanks(long dt) {
        for (int t = 0; t < m.nTanks; t++) {
            if (m.tankArea[t] == 0.0) {
                continue;
            }
            for (int s = seg.first[m.nLinks + t]; s != NONE; s = seg.prev[s]) {
                seg.c[s] = react.tank(seg.c[s], tankKb[t], dt);
            }
        }
    }

    /** EPANET evalnodeinflow(): the volume leaving link k's downstream end over dt. */
    private void inflow(int k, long dt) {
        double v = Math.abs(flow[k]) * dt;
        while (v > 0.0) {
            int s = seg.first[k];
            if (s == NONE) {
                break;
            }
            double vseg = Math.min(seg.v[s], v);
            volIn += vseg;
            massIn += vseg * seg.c[s];
            v -= vseg;
            if (v >= 0.0 && vseg >= seg.v[s]) {
                seg.first[k] = seg.prev[s];
                if (seg.first[k] == NONE) {
                    seg.last[k] = NONE;
                }
                seg.release(s);
            } else {
                seg.v[s] -= vseg;
            }
        }
    }

    /** EPANET evalnodeoutflow(): water of quality c entering link k's upstream end over dt. */
    private void outflow(int k, double c, long dt) {
        double v = Math.abs(flow[k]) * dt;
        if (v == 0.0) {
            return;
        }
        int s = seg.last[k];
        if (s != NONE && Math.abs(seg.c[s] - c) < tolerance) {
            seg.c[s] = (seg.c[s] * seg.v[s] + c * v) / (seg.v[s] + v);
            seg.v[s] += v;
        } else {
            seg.add(k, v, c);
        }
    }

    /** EPANET findnodequal(): a node's new quality and the quality of the water it releases. */
    private double nodeQuality(int n, double volOut, long dt) {
        int nj = m.nJunctions;
        boolean junction = n < nj;
        boolean tank = !junction && m.tankArea[n - nj] != 0.0;
        if (junction) {
            double vin = volIn - Math.min(0.0, demand[n]) * dt;
            if (vin > 0.0) {
                nodeQual[n] = massIn / vin;
            } else if (reactive) {
                nodeQual[n] = noFlowQuality(n);
            }
        } else if (tank) {
            int t = n - nj;
            tankQual[t] =
                    mixer.mix(q.mixing[t], m.nLinks + t, tankQual[t], mixingVolume[t], volIn, massIn, volIn - volOut);
            nodeQual[n] = tankQual[t];
        }
        if (q.type == QualityType.TRACE) {
            if (n == q.traceNode) {
                nodeQual[n] = 100.0;
            }
            return nodeQual[n];
        }
        double added = sourceQuality(n, volOut, dt);
        if (added == 0.0) {
            return nodeQual[n];
        }
        if (junction) {
            nodeQual[n] += added;
            return nodeQual[n];
        }
        if (tank) {
            return nodeQual[n] + added;
        }
        nodeQual[n] = added;
        return added;
    }

    /** EPANET noflowqual(): a junction without inflow takes the mean of its links' adjoining segments. */
    private double noFlowQuality(int n) {
        double c = 0.0;
        int count = 0;
        for (int a = adjStart[n]; a < adjStart[n + 1]; a++) {
            int k = adjLink[a];
            boolean in = (m.to[k] == n && dir[k] >= 0) || (m.from[k] == n && dir[k] < 0);
            if (in && seg.first[k] != NONE) {
                c += seg.c[seg.first[k]];
                count++;
            } else if (!in && seg.last[k] != NONE) {
                c += seg.c[seg.last[k]];
                count++;
            }
        }
        return count > 0 ? c / count : 0.0;
    }

    /** EPANET findsourcequal(): concentration a chemical source adds to the node's outflow. */
    private double sourceQuality(int n, double volOut, long dt) {
        QualitySettings.SourceType type = q.sourceType[n];
        if (q.type != QualityType.CHEMICAL || type == null || q.sourceStrength[n] == 0.0) {
            return 0.0;
        }
        if (volOut / dt <= Q_STAGNANT) {
            return 0.0;
        }
        double c = q.sourceStrength[n];
        c = type == QualitySettings.SourceType.MASS ? c / 60.0 : c / units;
        int p = q.sourcePattern[n];
        if (p >= 0) {
            c *= m.patternFactor(p, (intervalStart + m.patternStart) / m.patternStep);
        }
        return switch (type) {
            case CONCEN -> n < m.nJunctions ? (demand[n] < 0.0 ? -c * demand[n] * dt / volOut : 0.0) : c;
            case MASS -> c * dt / volOut;
            case SETPOINT -> Math.max(c - nodeQual[n], 0.0);
            case FLOWPACED -> c;
        };
    }
}
