package org.headwater.hydraulics;

import static org.headwater.hydraulics.LinkStatus.ACTIVE;
import static org.headwater.hydraulics.LinkStatus.CLOSED;
import static org.headwater.hydraulics.LinkStatus.OPEN;
import static org.headwater.hydraulics.LinkStatus.XFCV;
import static org.headwater.hydraulics.LinkStatus.XFLOW;
import static org.headwater.hydraulics.LinkStatus.XHEAD;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link HydraulicModel} over time with EPANET 2.2's logic (hydraul.c): demands and
 * patterns per period, simple controls, a gradient solution, then the next time step as the
 * shortest of hydraulic, pattern and report steps, time to fill or drain a tank, time to a
 * control's level or clock time, and rule evaluation every rule step.
 *
 * <pre>{@code
 * Simulation sim = new Simulation(HydraulicModel.read(path));
 * HydraulicState t0 = sim.snapshot();
 * sim.run(86_400, (t, state) -> ...);
 * }</pre>
 */
public final class Simulation {

    private static final long SEC_PER_DAY = 86_400;

    private final HydraulicModel m;
    private final GradientSolver s;
    private final HydraulicState view;
    private final List<SolverWarning> warnings = new ArrayList<>();
    private long htime;
    private long rtime;
    private boolean halted;
    private long ruleTime1;
    private final double[] patternNow;
    // per pump: hours online, efficiency-hours, kW/cfs-hours, kWh, peak kW, cost (EPANET Energy[0..5])
    private final double[][] energy;

    public Simulation(HydraulicModel model) {
        this.m = model;
        this.s = new GradientSolver(model);
        this.view = new HydraulicState(model, s.head, s.demand, s.flow, s.status, s.setting, s.emitterFlow);
        this.patternNow = new double[model.patterns.size()];
        this.energy = new double[model.nPumps][6];
        init();
    }

    public HydraulicModel model() {
        return m;
    }

    /** Warnings raised by the runs so far (EPANET's report-file warnings), oldest first. */
    public List<SolverWarning> warnings() {
        return List.copyOf(warnings);
    }

    /** Iterations of the last solution (EPANET's EN_ITERATIONS). */
    public int iterations() {
        return s.iterations;
    }

    /** Relative flow change of the last solution (EN_RELATIVEERROR). */
    public double relativeError() {
        return s.relativeError;
    }

    /** The steady state at time 0 (initial tank levels, pattern period 0, controls at t = 0). */
    public HydraulicState snapshot() {
        init();
        solveAt();
        return view.copy();
    }

    /**
     * Runs from time 0 up to {@code durationSeconds} (at most the model's duration), calling the
     * listener at every solution time, including intermediate ones from tank and control events.
     */
    public void run(long durationSeconds, StepListener listener) {
        run(durationSeconds, time -> {}, listener);
    }

    /**
     * As {@link #run(long, StepListener)}, calling {@code inputs} before each solution so it can
     * change time-varying inputs that EPANET has no pattern for (for example a growing leak).
     */
    public void run(long durationSeconds, StepInputs inputs, StepListener listener) {
        init();
        long tstep;
        do {
            inputs.beforeSolve(htime);
            long t = solveAt();
            listener.onStep(t, view);
            tstep = nextStep();
            if (tstep > 0 && t + tstep > durationSeconds) {
                break;
            }
        } while (tstep > 0);
    }

    private void init() {
        int nj = m.nJunctions;
        for (int t = 0; t < m.nTanks; t++) {
            s.tankVolume[t] = m.tankV0[t];
            s.head[nj + t] = m.tankH0[t];
            s.demand[nj + t] = 0.0;
        }
        for (int i = 0; i < nj; i++) {
            s.emitterFlow[i] = m.emitterKe[i] > 0 ? 1.0 : 0.0;
            s.head[i] = 0.0;
        }
        for (int k = 0; k < m.nLinks; k++) {
            s.status[k] = m.initStatus[k];
            s.setting[k] = m.kc[k];
            LinkType t = m.type[k];
            if ((t == LinkType.PRV || t == LinkType.PSV || t == LinkType.FCV) && m.kc[k] != HydraulicModel.MISSING) {
                s.status[k] = ACTIVE;
            }
            if (s.status[k] <= CLOSED) {
                s.flow[k] = GradientSolver.QZERO;
            } else if (t == LinkType.PUMP) {
                s.flow[k] = s.setting[k] * m.pumpQ0[m.linkPump[k]];
            } else {
                s.flow[k] = Math.PI * m.diameter[k] * m.diameter[k] / 4.0;
            }
        }
        for (double[] e : energy) {
            java.util.Arrays.fill(e, 0.0);
        }
        htime = 0;
        rtime = m.reportStep;
        halted = false;
        warnings.clear();
    }

    /** EPANET runhyd(): demands, controls and a solution at the current time; returns the time. */
    private long solveAt() {
        demands();
        controls();
        if (!s.solve()) {
            String node = m.nodeIds[s.illConditionedNode];
            throw new HydraulicsException(
                    110,
                    node,
                    "cannot solve network hydraulic equations at " + clock(htime) + ": the equations at node " + node
                            + " are ill-conditioned (is it disconnected?)");
        }
        if (s.relativeError > m.accuracy && m.extraIter == -1) {
            halted = true;
        }
        checkWarnings();
        return htime;
    }

    private static String clock(long t) {
        return String.format("%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60);
    }

    private void demands() {
        long period = (htime + m.patternStart) / m.patternStep;
        double[] factor = patternNow;
        for (int p = 0; p < factor.length; p++) {
            factor[p] = m.patternFactor(p, period);
        }
        int[] pattern = m.demandPattern;
        double[] base = m.demandBase;
        double mult = m.demandMultiplier;
        for (int i = 0; i < m.nJunctions; i++) {
            double sum = 0.0;
            for (int d = m.demandStart[i]; d < m.demandStart[i + 1]; d++) {
                sum += base[d] * (pattern[d] < 0 ? 1.0 : factor[pattern[d]]) * mult;
            }
            s.demand[i] = sum;
            s.demandFlow[i] = sum;
        }
        for (int t = 0; t < m.nTanks; t++) {
            if (m.tankArea[t] == 0.0 && m.tankPattern[t] >= 0) {
                int n = m.nJunctions + t;
                s.head[n] = m.elevation[n] * m.patternFactor(m.tankPattern[t], period);
            }
        }
        for (int p = 0; p < m.nPumps; p++) {
            if (m.pumpSpeedPattern[p] >= 0) {
                int k = m.pumpLink[p];
                setLinkSetting(k, m.patternFactor(m.pumpSpeedPattern[p], period));
            }
        }
    }

    /** EPANET controls(): time and tank-level controls. */
    private void controls() {
        for (int c = 0; c < m.nControls; c++) {
            int k = m.ctlLink[c];
            int n = m.ctlNode[c];
            boolean reset = false;
            if (n >= m.nJunctions) {
                int t = n - m.nJunctions;
                double vplus = Math.abs(s.demand[n]);
                double v1 = m.tankVolume(t, s.head[n]);
                double v2 = m.tankVolume(t, m.ctlGrade[c]);
                if (m.ctlType[c] == HydraulicModel.LOWLEVEL && v1 <= v2 + vplus) {
                    reset = true;
                }
                if (m.ctlType[c] == HydraulicModel.HILEVEL && v1 >= v2 - vplus) {
                    reset = true;
                }
            }
            if (m.ctlType[c] == HydraulicModel.TIMER && m.ctlTime[c] == htime) {
                reset = true;
            }
            if (m.ctlType[c] == HydraulicModel.TIMEOFDAY && (htime + m.startClock) % SEC_PER_DAY == m.ctlTime[c]) {
                reset = true;
            }
            if (reset) {
                byte s1 = s.status[k] <= CLOSED ? CLOSED : OPEN;
                byte s2 = m.ctlStatus[c];
                double k1 = s.setting[k];
                double k2 = m.type[k].ordinal() > LinkType.PIPE.ordinal() ? m.ctlSetting[c] : k1;
                if (s1 != s2 || k1 != k2) {
                    s.status[k] = s2;
                    s.setting[k] = k2;
                }
            }
        }
    }

    /** EPANET nexthyd(): advances the clock; returns the step taken, 0 at the end. */
    private long nextStep() {
        if (halted) {
            htime = m.duration;
        }
        long hydstep = 0;
        if (htime < m.duration) {
            hydstep = timestep();
        }
        if (m.duration == 0) {
            addEnergy(0);
        } else if (htime < m.duration) {
            addEnergy(hydstep);
        }
        if (htime < m.duration) {
            htime += hydstep;
            if (htime >= rtime) {
                rtime += m.reportStep;
            }
        } else {
            htime++;
        }
        return hydstep;
    }

    private long timestep() {
        long tstep = m.hydStep;
        long n = (htime + m.patternStart) / m.patternStep + 1;
        long t = n * m.patternStep - htime;
        if (t > 0 && t < tstep) {
            tstep = t;
        }
        t = rtime - htime;
        if (t > 0 && t < tstep) {
            tstep = t;
        }
        tstep = tankTimestep(tstep);
        tstep = controlTimestep(tstep);
        if (!m.rules.isEmpty()) {
            tstep = ruleTimestep(tstep);
        } else {
            tankLevels(tstep);
        }
        return tstep;
    }

    private static long round(double x) {
        return x >= 0 ? (long) (x + 0.5) : (long) (x - 0.5);
    }

    private long tankTimestep(long tstep) {
        for (int i = 0; i < m.nTanks; i++) {
            if (m.tankArea[i] == 0.0) {
                continue;
            }
            int n = m.nJunctions + i;
            double h = s.head[n];
            double q = s.demand[n];
            if (Math.abs(q) <= GradientSolver.QZERO) {
                continue;
            }
            double v;
            if (q > 0.0 && h < m.tankHmax[i]) {
                v = m.tankVmax[i] - s.tankVolume[i];
            } else if (q < 0.0 && h > m.tankHmin[i]) {
                v = m.tankVmin[i] - s.tankVolume[i];
            } else {
                continue;
            }
            long t = round(v / q);
            if (t > 0 && t < tstep) {
                tstep = t;
            }
        }
        return tstep;
    }

    private long controlTimestep(long tstep) {
        for (int c = 0; c < m.nControls; c++) {
            long t = 0;
            int n = m.ctlNode[c];
            if (n >= 0) {
                int j = n - m.nJunctions;
                if (j < 0) {
                    continue;
                }
                double h = s.head[n];
                double q = s.demand[n];
                if (Math.abs(q) <= GradientSolver.QZERO) {
                    continue;
                }
                if (h < m.ctlGrade[c] && m.ctlType[c] == HydraulicModel.HILEVEL && q > 0.0
                        || h > m.ctlGrade[c] && m.ctlType[c] == HydraulicModel.LOWLEVEL && q < 0.0) {
                    double v = m.tankVolume(j, m.ctlGrade[c]) - s.tankVolume[j];
                    t = round(v / q);
                }
            }
            if (m.ctlType[c] == HydraulicModel.TIMER && m.ctlTime[c] > htime) {
                t = m.ctlTime[c] - htime;
            }
            if (m.ctlType[c] == HydraulicModel.TIMEOFDAY) {
                long t1 = (htime + m.startClock) % SEC_PER_DAY;
                long t2 = m.ctlTime[c];
                t = t2 >= t1 ? t2 - t1 : SEC_PER_DAY - t1 + t2;
            }
            if (t > 0 && t < tstep) {
                int k = m.ctlLink[c];
                if (m.type[k].ordinal() > LinkType.PIPE.ordinal() && s.setting[k] != m.ctlSetting[c]
                        || s.status[k] != m.ctlStatus[c]) {
                    tstep = t;
                }
            }
        }
        return tstep;
    }

    private long ruleTimestep(long tstep) {
        long tnow = htime;
        long tmax = tnow + tstep;
        long dt = m.ruleStep;
        long dt1 = m.ruleStep - tnow % m.ruleStep;
        dt = Math.min(dt, tstep);
        dt1 = Math.min(dt1, tstep);
        if (dt1 == 0) {
            dt1 = dt;
        }
        do {
            htime += dt1;
            tankLevels(dt1);
            if (checkRules(dt1)) {
                break;
            }
            dt = Math.min(dt, tmax - htime);
            dt1 = dt;
        } while (dt > 0);
        long step = htime - tnow;
        htime = tnow;
        return step;
    }

    private void tankLevels(long tstep) {
        for (int i = 0; i < m.nTanks; i++) {
            if (m.tankArea[i] == 0.0) {
                continue;
            }
            int n = m.nJunctions + i;
            double q = s.demand[n];
            s.tankVolume[i] += q * tstep;
            if (s.tankVolume[i] + q >= m.tankVmax[i]) {
                s.tankVolume[i] = m.tankVmax[i];
            }
            if (s.tankVolume[i] - q <= m.tankVmin[i]) {
                s.tankVolume[i] = m.tankVmin[i];
            }
            s.head[n] = m.tankGrade(i, s.tankVolume[i]);
        }
    }

    // ---------------------------------------------------------------- energy (EPANET addenergy)

    /** Energy of every pump over the run so far (EPANET's energy report). */
    public java.util.List<PumpEnergy> pumpEnergy() {
        java.util.List<PumpEnergy> out = new ArrayList<>(m.nPumps);
        boolean si = m.units.si();
        for (int p = 0; p < m.nPumps; p++) {
            double[] e = energy[p];
            double hours = e[0];
            double toVolume = si ? 1.0 / 3600.0 / 0.028317 : 1.0e6 / 3600.0 / 7.4805; // per m3 or per MG
            out.add(new PumpEnergy(
                    m.linkIds[m.pumpLink[p]],
                    hours,
                    hours > 0 ? e[1] / hours * 100.0 : 0.0,
                    hours > 0 ? e[2] / hours * toVolume : 0.0,
                    hours > 0 ? e[3] / hours : 0.0,
                    e[4],
                    e[5]));
        }
        return out;
    }

    private void addEnergy(long hstep) {
        double dt = m.duration == 0 ? 1.0 : hstep / 3600.0;
        if (dt == 0.0) {
            return;
        }
        long n = (htime + m.patternStart) / m.patternStep;
        double f0 = m.globalPricePattern >= 0 ? m.patternFactor(m.globalPricePattern, n) : 1.0;
        for (int p = 0; p < m.nPumps; p++) {
            int k = m.pumpLink[p];
            if (s.status[k] <= CLOSED) {
                continue;
            }
            double q = Math.max(GradientSolver.QZERO, Math.abs(s.flow[k]));
            double c = m.pumpPrice[p] > 0.0 ? m.pumpPrice[p] : m.globalPrice;
            c *= m.pumpPricePattern[p] >= 0 ? m.patternFactor(m.pumpPricePattern[p], n) : f0;
            double kw = pumpKw(k);
            double[] e = energy[p];
            e[0] += dt;
            e[1] += lastEfficiency * dt;
            e[2] += kw / q * dt;
            e[3] += kw * dt;
            e[4] = Math.max(e[4], kw);
            e[5] += c * kw * dt;
        }
    }

    private double lastEfficiency;

    /** EPANET getenergy(): power drawn by pump link k (kW), efficiency from its curve or the global one. */
    private double pumpKw(int k) {
        if (s.status[k] <= CLOSED) {
            lastEfficiency = 0;
            return 0.0;
        }
        double q = Math.abs(s.flow[k]);
        double dh = Math.abs(s.head[m.from[k]] - s.head[m.to[k]]);
        int p = m.linkPump[k];
        double e = m.globalEfficiency;
        int c = m.pumpEffCurve[p];
        if (c >= 0) {
            double speed = s.setting[k];
            double q4eff = speed > 0 ? q / speed * m.units.flow() : q * m.units.flow();
            e = Curves.interp(m.curveX.get(c), m.curveY.get(c), q4eff);
            if (speed > 0 && speed != 1.0) {
                e = 100.0 - (100.0 - e) * Math.pow(1.0 / speed, 0.1); // Sarbu and Borza's speed correction
            }
        }
        e = Math.min(e, 100.0);
        e = Math.max(e, 1.0);
        e /= 100.0;
        lastEfficiency = e;
        return dh * q * m.specificGravity / 8.814 / e * Units.KWPERHP;
    }

    // ---------------------------------------------------------------- rules (EPANET rules.c)

    private boolean checkRules(long dt) {
        ruleTime1 = htime - dt + 1;
        List<int[]> actions = new ArrayList<>(); // {rule, then(1)/else(0), action index}
        List<Rule> rules = m.rules;
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (evalPremises(rule)) {
                addActions(actions, r, rule.thenActions(), 1);
            } else if (rule.elseActions().length > 0) {
                addActions(actions, r, rule.elseActions(), 0);
            }
        }
        int count = 0;
        for (int i = actions.size() - 1; i >= 0; i--) {
            int[] a = actions.get(i);
            Rule rule = rules.get(a[0]);
            Rule.Action act = (a[1] == 1 ? rule.thenActions() : rule.elseActions())[a[2]];
            if (takeAction(act)) {
                count++;
            }
        }
        return count > 0;
    }

    private void addActions(List<int[]> list, int r, Rule.Action[] actions, int branch) {
        for (int i = 0; i < actions.length; i++) {
            int link = actions[i].link();
            boolean onList = false;
            for (int[] item : list) {
                Rule other = m.rules.get(item[0]);
                Rule.Action a1 = (item[1] == 1 ? other.thenActions() : other.elseActions())[item[2]];
                if (a1.link() == link) {
                    if (m.rules.get(r).priority() > other.priority()) {
                        item[0] = r;
                        item[1] = branch;
                        item[2] = i;
                    }
                    onList = true;
                    break;
                }
            }
            if (!onList) {
                list.add(new int[] {r, branch, i});
            }
        }
    }

    private boolean takeAction(Rule.Action a) {
        int k = a.link();
        byte st = s.status[k];
        double v = s.setting[k];
        double x = a.setting();
        if (a.status() == Rule.IS_OPEN && st <= CLOSED) {
            setLinkStatus(k, true);
            return true;
        }
        if (a.status() == Rule.IS_CLOSED && st > CLOSED) {
            setLinkStatus(k, false);
            return true;
        }
        if (x != HydraulicModel.MISSING) {
            x = switch (m.type[k]) {
                case PRV, PSV, PBV -> x / m.units.pressure();
                case FCV -> x / m.units.flow();
                default -> x;
            };
            if (Math.abs(x - v) > 1.0e-3) {
                setLinkSetting(k, x);
                return true;
            }
        }
        return false;
    }

    private void setLinkStatus(int k, boolean open) {
        LinkType t = m.type[k];
        if (t == LinkType.PUMP) {
            s.setting[k] = open ? 1.0 : 0.0;
        }
        if (t.ordinal() > LinkType.PUMP.ordinal() && t != LinkType.GPV) {
            s.setting[k] = HydraulicModel.MISSING;
        }
        s.status[k] = open ? OPEN : CLOSED;
    }

    private void setLinkSetting(int k, double value) {
        LinkType t = m.type[k];
        if (t == LinkType.PUMP) {
            s.setting[k] = value;
            if (value > 0 && s.status[k] <= CLOSED) {
                s.status[k] = OPEN;
            }
            if (value == 0 && s.status[k] > CLOSED) {
                s.status[k] = CLOSED;
            }
        } else if (t == LinkType.FCV) {
            s.setting[k] = value;
            s.status[k] = ACTIVE;
        } else {
            if (s.setting[k] == HydraulicModel.MISSING && s.status[k] <= CLOSED) {
                s.status[k] = OPEN;
            }
            s.setting[k] = value;
        }
    }

    private boolean evalPremises(Rule rule) {
        boolean result = true;
        for (Rule.Premise p : rule.premises()) {
            if (p.or()) {
                if (!result) {
                    result = checkPremise(p);
                }
            } else {
                if (!result) {
                    return false;
                }
                result = checkPremise(p);
            }
        }
        return result;
    }

    private boolean checkPremise(Rule.Premise p) {
        if (p.variable() == Rule.V_TIME || p.variable() == Rule.V_CLOCKTIME) {
            return checkTime(p);
        }
        if (p.status() > Rule.IS_NUMBER) {
            byte st = s.status[p.index()];
            int j = st <= CLOSED ? Rule.IS_CLOSED : st == ACTIVE ? Rule.IS_ACTIVE : Rule.IS_OPEN;
            return j == p.status() && p.relop() == Rule.EQ || j != p.status() && p.relop() == Rule.NE;
        }
        return checkValue(p);
    }

    private boolean checkTime(Rule.Premise p) {
        long t1;
        long t2;
        if (p.variable() == Rule.V_TIME) {
            t1 = ruleTime1;
            t2 = htime;
        } else {
            t1 = (ruleTime1 + m.startClock) % SEC_PER_DAY;
            t2 = (htime + m.startClock) % SEC_PER_DAY;
        }
        double x = p.value();
        switch (p.relop()) {
            case Rule.LT:
                return !(t2 >= x);
            case Rule.LE:
                return !(t2 > x);
            case Rule.GT:
                return !(t2 <= x);
            case Rule.GE:
                return !(t2 < x);
            default:
                boolean within = t2 < t1 ? x >= t1 || x <= t2 : x >= t1 && x <= t2;
                return p.relop() == Rule.EQ ? within : !within;
        }
    }

    private boolean checkValue(Rule.Premise p) {
        int i = p.index();
        Units u = m.units;
        double x;
        switch (p.variable()) {
            case Rule.V_DEMAND -> {
                if (p.object() == Rule.OBJ_SYSTEM) {
                    double sum = 0;
                    for (int j = 0; j < m.nJunctions; j++) {
                        sum += Math.max(0, s.demand[j]);
                    }
                    x = sum * u.flow();
                } else {
                    x = s.demand[i] * u.flow();
                }
            }
            case Rule.V_HEAD, Rule.V_GRADE -> x = s.head[i] * u.head();
            case Rule.V_PRESSURE -> x = (s.head[i] - m.elevation[i]) * u.pressure();
            case Rule.V_LEVEL -> x = (s.head[i] - m.elevation[i]) * u.head();
            case Rule.V_FLOW -> x = Math.abs(s.flow[i]) * u.flow();
            case Rule.V_SETTING -> {
                if (s.setting[i] == HydraulicModel.MISSING) {
                    return false;
                }
                x = s.setting[i];
                x *= switch (m.type[i]) {
                    case PRV, PSV, PBV -> u.pressure();
                    case FCV -> u.flow();
                    default -> 1.0;
                };
            }
            case Rule.V_FILLTIME, Rule.V_DRAINTIME -> {
                int j = i - m.nJunctions;
                if (j < 0 || m.tankArea[j] == 0.0) {
                    return false;
                }
                double q = s.demand[i];
                boolean fill = p.variable() == Rule.V_FILLTIME;
                if (fill ? q <= GradientSolver.TINY : q >= -GradientSolver.TINY) {
                    return false;
                }
                x = ((fill ? m.tankVmax[j] : m.tankVmin[j]) - s.tankVolume[j]) / q;
            }
            default -> {
                return false;
            }
        }
        double tol = 1.0e-3;
        double v = p.value();
        return switch (p.relop()) {
            case Rule.EQ -> Math.abs(x - v) <= tol;
            case Rule.NE -> Math.abs(x - v) >= tol;
            case Rule.LT -> x <= v + tol;
            case Rule.LE -> x <= v - tol;
            case Rule.GT -> x >= v - tol;
            default -> x >= v + tol;
        };
    }

    // ---------------------------------------------------------------- warnings (EPANET writehydwarn)

    private void checkWarnings() {
        int before = warnings.size();
        if (s.iterations > m.maxIter && s.relativeError <= m.accuracy) {
            warn(2, "", "System unstable: status of some links kept changing");
        }
        int negative = 0;
        String first = "";
        if (!m.pressureDriven) {
            for (int i = 0; i < m.nJunctions; i++) {
                if (s.head[i] < m.elevation[i] && s.demand[i] > 0.0) {
                    if (negative++ == 0) {
                        first = m.nodeIds[i];
                    }
                }
            }
        }
        if (negative > 0) {
            warn(6, first, "Negative pressures at " + negative + " junction(s), first " + first);
        }
        for (int k = 0; k < m.nLinks; k++) {
            if (m.type[k].isValve() && s.status[k] >= XFCV) {
                warn(5, m.linkIds[k], "Valve " + m.linkIds[k] + " cannot deliver its setting");
                break;
            }
        }
        for (int p = 0; p < m.nPumps; p++) {
            int k = m.pumpLink[p];
            int code = view.statusCode(k);
            if (code == XHEAD || code == XFLOW) {
                warn(4, m.linkIds[k], "Pump " + m.linkIds[k] + " cannot deliver enough flow or head");
                break;
            }
        }
        if (s.iterations > m.maxIter && s.relativeError > m.accuracy) {
            warn(
                    1,
                    "",
                    "System unbalanced: no convergence in " + m.maxIter + " trials (relative error " + s.relativeError
                            + ")");
        }
        if (warnings.size() > before) {
            disconnected();
        }
    }

    /** EPANET disconnected(): junctions with demand that no open path joins to a tank or reservoir. */
    private void disconnected() {
        int nn = m.nNodes;
        int[] start = new int[nn + 1];
        for (int k = 0; k < m.nLinks; k++) {
            if (s.status[k] > CLOSED) {
                start[m.from[k] + 1]++;
                start[m.to[k] + 1]++;
            }
        }
        for (int i = 0; i < nn; i++) {
            start[i + 1] += start[i];
        }
        int[] adj = new int[start[nn]];
        int[] fill = start.clone();
        for (int k = 0; k < m.nLinks; k++) {
            if (s.status[k] > CLOSED) {
                adj[fill[m.from[k]]++] = m.to[k];
                adj[fill[m.to[k]]++] = m.from[k];
            }
        }
        boolean[] reached = new boolean[nn];
        int[] stack = new int[nn];
        int top = 0;
        for (int i = m.nJunctions; i < nn; i++) {
            reached[i] = true;
            stack[top++] = i;
        }
        while (top > 0) {
            int v = stack[--top];
            for (int e = start[v]; e < start[v + 1]; e++) {
                int w = adj[e];
                if (!reached[w]) {
                    reached[w] = true;
                    stack[top++] = w;
                }
            }
        }
        for (int i = 0; i < m.nJunctions; i++) {
            if (!reached[i] && s.demand[i] != 0.0) {
                warn(3, m.nodeIds[i], "Node " + m.nodeIds[i] + " disconnected at " + clock(htime));
            }
        }
    }

    private void warn(int code, String element, String message) {
        warnings.add(new SolverWarning(htime, code, element, message));
    }
}
