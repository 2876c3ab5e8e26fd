package org.headwater.hydraulics;

import static org.headwater.hydraulics.LinkStatus.ACTIVE;
import static org.headwater.hydraulics.LinkStatus.CLOSED;
import static org.headwater.hydraulics.LinkStatus.OPEN;
import static org.headwater.hydraulics.LinkStatus.TEMPCLOSED;
import static org.headwater.hydraulics.LinkStatus.XFCV;
import static org.headwater.hydraulics.LinkStatus.XHEAD;
import static org.headwater.hydraulics.LinkStatus.XPRESSURE;

/**
 * One steady-state solution by Todini and Pilati's global gradient algorithm, following
 * OWA-EPANET 2.2 (hydsolver.c, hydcoeffs.c, hydstatus.c): link coefficients P and Y, the nodal
 * matrix, heads from the Cholesky solve, flow updates, status checks of check valves, pumps,
 * valves and tank links, and EPANET's convergence test. All state is in primitive arrays.
 */
final class GradientSolver {

    static final double CBIG = 1.0e8;
    static final double CSMALL = 1.0e-6;
    static final double QZERO = 1.0e-6;
    static final double HTOL = 0.0005;
    static final double QTOL = 0.0001;
    static final double RQTOL = 1.0e-7;
    static final double TINY = 1.0e-6;
    private static final double BIG = 1.0e10;
    private static final double MINPDIFF = 0.1;

    // Darcy-Weisbach friction factor constants (hydcoeffs.c)
    private static final double A1 = 3.14159265358979323850e+03;
    private static final double A2 = 1.57079632679489661930e+03;
    private static final double A8 = 4.61841319859066668690e+00;
    private static final double A9 = -8.68588963806503655300e-01;
    private static final double AB = 3.28895476345399058690e-03;
    private static final double AC = -5.14214965799093883760e-03;

    final HydraulicModel m;
    final int nj;
    final int nn;
    final int nl;

    final double[] head;
    final double[] demand; // junction: required demand, then delivered; tank: net inflow
    final double[] demandFlow;
    final double[] emitterFlow;
    final double[] flow;
    final byte[] status;
    final double[] setting;
    final double[] tankVolume;
    final boolean[] tankFixed;

    private final double[] p;
    private final double[] y;
    private final double[] xflow;
    private final double[] rhs;
    private final int[] ndx;
    private final SparseCholesky sm;
    private double relaxFactor = 1.0;
    private final int[] valveLinks;

    int iterations;
    double relativeError;
    /** The node whose equation could not be solved in the last call, or -1. */
    int illConditionedNode = -1;

    GradientSolver(HydraulicModel m) {
        this.m = m;
        nj = m.nJunctions;
        nn = m.nNodes;
        nl = m.nLinks;
        head = new double[nn];
        demand = new double[nn];
        demandFlow = new double[nj];
        emitterFlow = new double[nj];
        flow = new double[nl];
        status = new byte[nl];
        setting = new double[nl];
        tankVolume = new double[m.nTanks];
        tankFixed = new boolean[m.nTanks];
        p = new double[nl];
        y = new double[nl];
        xflow = new double[nn];
        rhs = new double[nj];
        int[] a = new int[nl];
        int[] b = new int[nl];
        int nv = 0;
        for (int k = 0; k < nl; k++) {
            a[k] = m.from[k] < nj ? m.from[k] : -1;
            b[k] = m.to[k] < nj ? m.to[k] : -1;
            if (m.type[k].isValve()) {
                nv++;
            }
        }
        sm = new SparseCholesky(nj, a, b);
        ndx = new int[nl];
        for (int k = 0; k < nl; k++) {
            ndx[k] = a[k] >= 0 && b[k] >= 0 ? sm.position(a[k], b[k]) : -1;
        }
        valveLinks = new int[nv];
        for (int k = 0, v = 0; k < nl; k++) {
            if (m.type[k].isValve()) {
                valveLinks[v++] = k;
            }
        }
    }

    /**
     * Solves the network at the current demands, statuses and tank heads (EPANET hydsolve).
     * Returns false when the equations are ill-conditioned (error 110), naming the node in
     * {@link #illConditionedNode}.
     */
    boolean solve() {
        int nextCheck = m.checkFreq;
        relaxFactor = 1.0;
        int maxTrials = m.maxIter + Math.max(0, m.extraIter);
        illConditionedNode = -1;
        double relerr = 0;
        int iter = 1;
        boolean failed = false;
        while (iter <= maxTrials) {
            headLossCoeffs();
            matrixCoeffs();
            int bad = sm.solve(rhs);
            if (bad >= 0) {
                int node = sm.order[bad];
                if (badValve(node)) {
                    continue;
                }
                illConditionedNode = node;
                failed = true;
                break;
            }
            for (int i = 0; i < nj; i++) {
                head[i] = rhs[sm.row[i]];
            }
            relerr = newFlows();
            relaxFactor = 1.0;
            boolean valveChange = false;
            if (m.dampLimit > 0.0) {
                if (relerr <= m.dampLimit) {
                    relaxFactor = 0.6;
                    valveChange = valveStatus();
                }
            } else {
                valveChange = valveStatus();
            }
            if (hasConverged(relerr)) {
                if (iter > m.maxIter) {
                    break;
                }
                boolean change = valveChange;
                if (linkStatus()) {
                    change = true;
                }
                if (pressureSwitch()) {
                    change = true;
                }
                if (!change) {
                    break;
                }
                nextCheck = iter + m.checkFreq;
            } else if (iter <= m.maxCheck && iter == nextCheck) {
                linkStatus();
                nextCheck += m.checkFreq;
            }
            iter++;
        }
        for (int i = 0; i < nj; i++) {
            double full = demand[i];
            demand[i] = demandFlow[i] + emitterFlow[i];
            demandFlow[i] = full;
        }
        iterations = iter;
        relativeError = relerr;
        return !failed;
    }

    private boolean badValve(int n) {
        for (int k : valveLinks) {
            if (m.from[k] == n || m.to[k] == n) {
                LinkType t = m.type[k];
                if ((t == LinkType.PRV || t == LinkType.PSV || t == LinkType.FCV) && status[k] == ACTIVE) {
                    status[k] = t == LinkType.FCV ? XFCV : XPRESSURE;
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- coefficients

    private void headLossCoeffs() {
        for (int k = 0; k < nl; k++) {
            switch (m.type[k]) {
                case CVPIPE, PIPE -> pipeCoeff(k);
                case PUMP -> pumpCoeff(k);
                case PBV -> pbvCoeff(k);
                case TCV -> tcvCoeff(k);
                case GPV -> gpvCoeff(k);
                case FCV, PRV, PSV -> {
                    if (setting[k] == HydraulicModel.MISSING) {
                        valveCoeff(k, m.km[k]);
                    } else {
                        p[k] = 0.0;
                    }
                }
            }
        }
    }

    private void pipeCoeff(int k) {
        if (status[k] <= CLOSED) {
            p[k] = 1.0 / CBIG;
            y[k] = flow[k];
            return;
        }
        if (m.darcyWeisbach) {
            dwPipeCoeff(k);
            return;
        }
        double q = Math.abs(flow[k]);
        double ml = m.km[k];
        double r = m.resistance[k];
        double hexp = m.hexp;
        // q^(hexp-1) through exp/log: the same value to rounding, and faster than Math.pow here
        double hgrad = q > 0 ? hexp * r * Math.exp((hexp - 1.0) * Math.log(q)) : 0.0;
        double hloss;
        if (hgrad < RQTOL) {
            hgrad = RQTOL / hexp;
            hloss = hgrad * q;
        } else {
            hloss = hgrad * q / hexp;
        }
        if (ml > 0.0) {
            hloss += ml * q * q;
            hgrad += 2.0 * ml * q;
        }
        hloss *= flow[k] < 0 ? -1 : 1;
        p[k] = 1.0 / hgrad;
        y[k] = hloss / hgrad;
    }

    private void dwPipeCoeff(int k) {
        double q = Math.abs(flow[k]);
        double r = m.resistance[k];
        double ml = m.km[k];
        double d = m.diameter[k];
        double e = m.kc[k] / d;
        double s = m.viscosity * d;
        double hloss;
        double hgrad;
        if (q <= A2 * s) {
            r = 16.0 * Math.PI * s * r;
            hloss = flow[k] * (r + ml * q);
            hgrad = r + 2.0 * ml * q;
        } else {
            double w = q / s;
            double f;
            double dfdq;
            if (w >= A1) {
                double y1 = A8 * Math.exp(-0.9 * Math.log(w));
                double y2 = e / 3.7 + y1;
                double y3 = A9 * Math.log(y2);
                f = 1.0 / (y3 * y3);
                dfdq = 1.8 * f * y1 * A9 / y2 / y3 / q;
            } else {
                double y2 = e / 3.7 + AB;
                double y3 = A9 * Math.log(y2);
                double fa = 1.0 / (y3 * y3);
                double fb = (2.0 + AC / (y2 * y3)) * fa;
                double rr = w / A2;
                double x1 = 7.0 * fa - fb;
                double x2 = 0.128 - 17.0 * fa + 2.5 * fb;
                double x3 = -0.128 + 13.0 * fa - (fb + fb);
                double x4 = 0.032 - 3.0 * fa + 0.5 * fb;
                f = x1 + rr * (x2 + rr * (x3 + rr * x4));
                dfdq = (x2 + rr * (2.0 * x3 + rr * 3.0 * x4)) / s / A2;
            }
            double r1 = f * r + ml;
            hloss = r1 * q * flow[k];
            hgrad = 2.0 * r1 * q + dfdq * r * q * q;
        }
        p[k] = 1.0 / hgrad;
        y[k] = hloss / hgrad;
    }

    private void pumpCoeff(int k) {
        double speed = setting[k];
        if (status[k] <= CLOSED || speed == 0.0) {
            p[k] = 1.0 / CBIG;
            y[k] = flow[k];
            return;
        }
        double q = Math.abs(flow[k]);
        int pu = m.linkPump[k];
        int ptype = m.pumpType[pu];
        double hgrad;
        double hloss;
        if (ptype == HydraulicModel.NOCURVE) {
            p[k] = 1.0 / CSMALL;
            y[k] = flow[k];
            return;
        }
        if (ptype == HydraulicModel.CUSTOM) {
            int c = m.pumpHeadCurve[pu];
            double[] seg = curveSegment(c, q / speed);
            double h0 = -seg[0];
            double r = -seg[1];
            hgrad = r * speed;
            hloss = h0 * speed * speed + hgrad * flow[k];
        } else {
            double h0 = speed * speed * m.pumpH0[pu];
            double n = m.pumpN[pu];
            if (Math.abs(n - 1.0) < TINY) {
                n = 1.0;
            }
            double r = m.pumpR[pu] * Math.pow(speed, 2.0 - n);
            if (ptype == HydraulicModel.CONST_HP) {
                hgrad = -r / q / q;
                if (hgrad > CBIG) {
                    p[k] = 1.0 / CBIG;
                    y[k] = flow[k];
                    return;
                } else if (hgrad < CSMALL) {
                    p[k] = 1.0 / CSMALL;
                    y[k] = flow[k];
                    return;
                }
                hloss = r / flow[k];
            } else if (n != 1.0) {
                hgrad = n * r * Math.pow(q, n - 1.0);
                if (hgrad < RQTOL) {
                    hgrad = RQTOL;
                    hloss = h0 + hgrad * flow[k];
                } else {
                    hloss = h0 + hgrad * flow[k] / n;
                }
            } else {
                hgrad = r;
                hloss = h0 + hgrad * flow[k];
            }
        }
        p[k] = 1.0 / hgrad;
        y[k] = hloss / hgrad;
    }

    /** Intercept and slope (internal units) of the curve segment holding flow q (EPANET curvecoeff). */
    private final double[] segment = new double[2];

    private double[] curveSegment(int c, double q) {
        q *= m.units.flow();
        double[] x = m.curveX.get(c);
        double[] yy = m.curveY.get(c);
        int npts = x.length;
        int k2 = 0;
        while (k2 < npts && x[k2] < q) {
            k2++;
        }
        if (k2 == 0) {
            k2++;
        } else if (k2 == npts) {
            k2--;
        }
        int k1 = k2 - 1;
        double r = (yy[k2] - yy[k1]) / (x[k2] - x[k1]);
        double h0 = yy[k1] - r * x[k1];
        segment[0] = h0 / m.units.head();
        segment[1] = r * m.units.flow() / m.units.head();
        return segment;
    }

    private void gpvCoeff(int k) {
        if (status[k] == CLOSED) {
            valveCoeff(k, m.km[k]);
            return;
        }
        int c = (int) Math.round(setting[k]);
        double q = Math.max(Math.abs(flow[k]), TINY);
        double[] seg = curveSegment(c, q);
        double h0 = seg[0];
        double r = Math.max(seg[1], TINY);
        p[k] = 1.0 / r;
        y[k] = (h0 / r + q) * (flow[k] < 0 ? -1 : 1);
    }

    private void pbvCoeff(int k) {
        if (setting[k] == HydraulicModel.MISSING || setting[k] == 0.0) {
            valveCoeff(k, m.km[k]);
        } else if (m.km[k] * flow[k] * flow[k] > setting[k]) {
            valveCoeff(k, m.km[k]);
        } else {
            p[k] = CBIG;
            y[k] = setting[k] * CBIG;
        }
    }

    private void tcvCoeff(int k) {
        double km = m.km[k];
        if (setting[k] != HydraulicModel.MISSING) {
            double d = m.diameter[k];
            km = 0.02517 * setting[k] / (d * d * d * d);
        }
        valveCoeff(k, km);
    }

    private void valveCoeff(int k, double km) {
        double f = flow[k];
        if (status[k] <= CLOSED) {
            p[k] = 1.0 / CBIG;
            y[k] = f;
            return;
        }
        if (km > 0.0) {
            double q = Math.abs(f);
            double hgrad = 2.0 * km * q;
            double hloss;
            if (hgrad < RQTOL) {
                hgrad = RQTOL / 2.0;
                hloss = f * hgrad;
            } else {
                hloss = f * hgrad / 2.0;
            }
            p[k] = 1.0 / hgrad;
            y[k] = hloss / hgrad;
        } else {
            p[k] = 1.0 / CSMALL;
            y[k] = f;
        }
    }

    private void matrixCoeffs() {
        sm.clear();
        java.util.Arrays.fill(rhs, 0.0);
        java.util.Arrays.fill(xflow, 0.0);
        linkCoeffs();
        emitterCoeffs();
        demandCoeffs();
        for (int i = 0; i < nj; i++) {
            xflow[i] -= demandFlow[i];
            rhs[sm.row[i]] += xflow[i];
        }
        valveCoeffs();
    }

    private void linkCoeffs() {
        double[] diag = sm.diag;
        double[] lower = sm.lower;
        int[] row = sm.row;
        for (int k = 0; k < nl; k++) {
            double pk = p[k];
            if (pk == 0.0) {
                continue;
            }
            int n1 = m.from[k];
            int n2 = m.to[k];
            xflow[n1] -= flow[k];
            xflow[n2] += flow[k];
            if (ndx[k] >= 0) {
                lower[ndx[k]] -= pk;
            }
            if (n1 < nj) {
                diag[row[n1]] += pk;
                rhs[row[n1]] += y[k];
            } else {
                rhs[row[n2]] += pk * head[n1];
            }
            if (n2 < nj) {
                diag[row[n2]] += pk;
                rhs[row[n2]] -= y[k];
            } else {
                rhs[row[n1]] += pk * head[n2];
            }
        }
    }

    private void emitterCoeffs() {
        for (int i = 0; i < nj; i++) {
            if (m.emitterKe[i] == 0.0) {
                emitterFlow[i] = 0.0; // an emitter removed between time steps (a repaired leak) stops
                continue;
            }
            emitterHeadLoss(i);
            int r = sm.row[i];
            sm.diag[r] += 1.0 / hg;
            rhs[r] += (hl + m.elevation[i]) / hg;
            xflow[i] -= emitterFlow[i];
        }
    }

    // head loss and gradient of the last emitter or demand evaluated
    private double hl;
    private double hg;

    private void emitterHeadLoss(int i) {
        double ke = Math.max(CSMALL, m.emitterKe[i]);
        double q = emitterFlow[i];
        hg = m.qexp * ke * Math.pow(Math.abs(q), m.qexp - 1.0);
        if (hg < RQTOL) {
            hg = RQTOL / m.qexp;
            hl = hg * q;
        } else {
            hl = hg * q / m.qexp;
        }
        if (!m.emitterBackflow) {
            addLowerBarrier(q);
        }
    }

    private void addLowerBarrier(double dq) {
        double a = 1.0e9 * dq;
        double b = Math.sqrt(a * a + 1.0e-6);
        hl += (a - b) / 2.0;
        hg += (1.0e9 / 2.0) * (1.0 - a / b);
    }

    private void addUpperBarrier(double dq) {
        double a = 1.0e9 * dq;
        double b = Math.sqrt(a * a + 1.0e-6);
        hl += (a + b) / 2.0;
        hg += (1.0e9 / 2.0) * (1.0 + a / b);
    }

    private void demandCoeffs() {
        if (!m.pressureDriven) {
            return;
        }
        double dp = Math.max(pressureRange(), MINPDIFF);
        double n = 1.0 / m.pexp;
        for (int i = 0; i < nj; i++) {
            if (demand[i] <= 0.0) {
                continue;
            }
            demandHeadLoss(i, dp, n);
            if (hg > 0.0) {
                int r = sm.row[i];
                sm.diag[r] += 1.0 / hg;
                rhs[r] += (hl + m.elevation[i] + pmin()) / hg;
            }
        }
    }

    private double pmin() {
        return m.pmin / m.units.pressure();
    }

    private double pressureRange() {
        return (m.preq - m.pmin) / m.units.pressure();
    }

    private void demandHeadLoss(int i, double dp, double n) {
        double d = demandFlow[i];
        double dfull = demand[i];
        double r = Math.abs(d) / dfull;
        hg = n * dp * Math.pow(r, n - 1.0) / dfull;
        hl = hg * d / n;
        addLowerBarrier(d);
        addUpperBarrier(d - dfull);
    }

    private void valveCoeffs() {
        for (int k : valveLinks) {
            if (setting[k] == HydraulicModel.MISSING) {
                continue;
            }
            int n1 = m.from[k];
            int n2 = m.to[k];
            switch (m.type[k]) {
                case PRV -> prvCoeff(k, n1, n2);
                case PSV -> psvCoeff(k, n1, n2);
                case FCV -> fcvCoeff(k, n1, n2);
                default -> {
                    // PBV, TCV and GPV were handled as links
                }
            }
        }
    }

    private void addAsPipe(int k, int i, int j) {
        valveCoeff(k, m.km[k]);
        if (ndx[k] >= 0) {
            sm.lower[ndx[k]] -= p[k];
        }
        sm.diag[i] += p[k];
        sm.diag[j] += p[k];
        rhs[i] += y[k] - flow[k];
        rhs[j] -= y[k] - flow[k];
    }

    private void prvCoeff(int k, int n1, int n2) {
        int i = sm.row[n1];
        int j = sm.row[n2];
        double hset = m.elevation[n2] + setting[k];
        if (status[k] == ACTIVE) {
            p[k] = 0.0;
            y[k] = flow[k] + xflow[n2];
            rhs[j] += hset * CBIG;
            sm.diag[j] += CBIG;
            if (xflow[n2] < 0.0) {
                rhs[i] += xflow[n2];
            }
            return;
        }
        addAsPipe(k, i, j);
    }

    private void psvCoeff(int k, int n1, int n2) {
        int i = sm.row[n1];
        int j = sm.row[n2];
        double hset = m.elevation[n1] + setting[k];
        if (status[k] == ACTIVE) {
            p[k] = 0.0;
            y[k] = flow[k] - xflow[n1];
            rhs[i] += hset * CBIG;
            sm.diag[i] += CBIG;
            if (xflow[n1] > 0.0) {
                rhs[j] += xflow[n1];
            }
            return;
        }
        addAsPipe(k, i, j);
    }

    private void fcvCoeff(int k, int n1, int n2) {
        int i = sm.row[n1];
        int j = sm.row[n2];
        double q = setting[k];
        if (status[k] == ACTIVE) {
            xflow[n1] -= q;
            xflow[n2] += q;
            y[k] = flow[k] - q;
            rhs[i] -= q;
            rhs[j] += q;
            p[k] = 1.0 / CBIG;
            if (ndx[k] >= 0) {
                sm.lower[ndx[k]] -= p[k];
            }
            sm.diag[i] += p[k];
            sm.diag[j] += p[k];
            return;
        }
        addAsPipe(k, i, j);
    }

    // ---------------------------------------------------------------- flow updates

    private double newFlows() {
        double qsum = 0.0;
        double dqsum = 0.0;
        maxFlowChange = 0.0;
        for (int n = nj; n < nn; n++) {
            demand[n] = 0.0;
        }
        for (int k = 0; k < nl; k++) {
            int n1 = m.from[k];
            int n2 = m.to[k];
            double dh = head[n1] - head[n2];
            double dq = y[k] - p[k] * dh;
            dq *= relaxFactor;
            if (m.type[k] == LinkType.PUMP && m.pumpType[m.linkPump[k]] == HydraulicModel.CONST_HP && dq > flow[k]) {
                dq = flow[k] / 2.0;
            }
            flow[k] -= dq;
            qsum += Math.abs(flow[k]);
            dqsum += Math.abs(dq);
            maxFlowChange = Math.max(maxFlowChange, Math.abs(dq));
            if (status[k] > CLOSED) {
                if (n1 >= nj) {
                    demand[n1] -= flow[k];
                }
                if (n2 >= nj) {
                    demand[n2] += flow[k];
                }
            }
        }
        for (int i = 0; i < nj; i++) {
            if (m.emitterKe[i] == 0.0) {
                continue;
            }
            emitterHeadLoss(i);
            double dh = head[i] - m.elevation[i];
            double dq = (hl - dh) / hg;
            dq *= relaxFactor;
            emitterFlow[i] -= dq;
            qsum += Math.abs(emitterFlow[i]);
            dqsum += Math.abs(dq);
            maxFlowChange = Math.max(maxFlowChange, Math.abs(dq));
        }
        if (m.pressureDriven) {
            double dp = Math.max(pressureRange(), MINPDIFF);
            double n = 1.0 / m.pexp;
            for (int i = 0; i < nj; i++) {
                if (demand[i] <= 0.0) {
                    continue;
                }
                demandHeadLoss(i, dp, n);
                double dh = head[i] - m.elevation[i] - pmin();
                double dq = (hl - dh) / hg;
                dq *= relaxFactor;
                if (Math.abs(dq) > 0.4 * demand[i]) {
                    dq = 0.4 * Math.signum(dq) * demand[i];
                }
                demandFlow[i] -= dq;
                qsum += Math.abs(demandFlow[i]);
                dqsum += Math.abs(dq);
                maxFlowChange = Math.max(maxFlowChange, Math.abs(dq));
            }
        }
        return qsum > m.accuracy ? dqsum / qsum : dqsum;
    }

    private double maxFlowChange;

    private boolean hasConverged(double relerr) {
        if (relerr > m.accuracy) {
            return false;
        }
        if (m.headErrorLimit > 0.0 && maxHeadError() > m.headErrorLimit / m.units.head()) {
            return false;
        }
        if (m.flowChangeLimit > 0.0 && maxFlowChange > m.flowChangeLimit / m.units.flow()) {
            return false;
        }
        return !m.pressureDriven || pdaConverged();
    }

    private double maxHeadError() {
        headLossCoeffs();
        double max = 0;
        for (int k = 0; k < nl; k++) {
            if (status[k] <= CLOSED || p[k] == 0.0) {
                continue;
            }
            double dh = head[m.from[k]] - head[m.to[k]];
            max = Math.max(max, Math.abs(dh - y[k] / p[k]));
        }
        return max;
    }

    private boolean pdaConverged() {
        double dp = pressureRange();
        boolean converged = true;
        for (int i = 0; i < nj; i++) {
            if (demand[i] <= 0.0) {
                continue;
            }
            double pr = head[i] - m.elevation[i];
            double q;
            if (pr <= pmin()) {
                q = 0.0;
            } else if (pr >= m.preq / m.units.pressure()) {
                q = demand[i];
            } else {
                q = demand[i] * Math.pow((pr - pmin()) / dp, m.pexp);
            }
            if (Math.abs(q - demandFlow[i]) > QTOL) {
                converged = false;
            }
        }
        return converged;
    }

    // ---------------------------------------------------------------- status checks

    private boolean valveStatus() {
        boolean change = false;
        for (int k : valveLinks) {
            if (setting[k] == HydraulicModel.MISSING) {
                continue;
            }
            int n1 = m.from[k];
            int n2 = m.to[k];
            byte s = status[k];
            switch (m.type[k]) {
                case PRV -> status[k] = prvStatus(k, s, m.elevation[n2] + setting[k], head[n1], head[n2]);
                case PSV -> status[k] = psvStatus(k, s, m.elevation[n1] + setting[k], head[n1], head[n2]);
                default -> {
                    continue;
                }
            }
            if (s != status[k]) {
                change = true;
            }
        }
        return change;
    }

    private byte prvStatus(int k, byte s, double hset, double h1, double h2) {
        double hml = m.km[k] * flow[k] * flow[k];
        switch (s) {
            case ACTIVE:
                if (flow[k] < -QTOL) {
                    return CLOSED;
                } else if (h1 - hml < hset - HTOL) {
                    return OPEN;
                }
                return ACTIVE;
            case OPEN:
                if (flow[k] < -QTOL) {
                    return CLOSED;
                } else if (h2 >= hset + HTOL) {
                    return ACTIVE;
                }
                return OPEN;
            case CLOSED:
                if (h1 >= hset + HTOL && h2 < hset - HTOL) {
                    return ACTIVE;
                } else if (h1 < hset - HTOL && h1 > h2 + HTOL) {
                    return OPEN;
                }
                return CLOSED;
            case XPRESSURE:
                if (flow[k] < -QTOL) {
                    return CLOSED;
                }
                return s;
            default:
                return s;
        }
    }

    private byte psvStatus(int k, byte s, double hset, double h1, double h2) {
        double hml = m.km[k] * flow[k] * flow[k];
        switch (s) {
            case ACTIVE:
                if (flow[k] < -QTOL) {
                    return CLOSED;
                } else if (h2 + hml > hset + HTOL) {
                    return OPEN;
                }
                return ACTIVE;
            case OPEN:
                if (flow[k] < -QTOL) {
                    return CLOSED;
                } else if (h1 < hset - HTOL) {
                    return ACTIVE;
                }
                return OPEN;
            case CLOSED:
                if (h2 > hset + HTOL && h1 > h2 + HTOL) {
                    return OPEN;
                } else if (h1 >= hset + HTOL && h1 > h2 + HTOL) {
                    return ACTIVE;
                }
                return CLOSED;
            case XPRESSURE:
                if (flow[k] < -QTOL) {
                    return CLOSED;
                }
                return s;
            default:
                return s;
        }
    }

    private boolean linkStatus() {
        boolean change = false;
        for (int k = 0; k < nl; k++) {
            int n1 = m.from[k];
            int n2 = m.to[k];
            double dh = head[n1] - head[n2];
            byte s = status[k];
            if (s == XHEAD || s == TEMPCLOSED) {
                status[k] = OPEN;
            }
            LinkType t = m.type[k];
            if (t == LinkType.CVPIPE) {
                status[k] = cvStatus(status[k], dh, flow[k]);
            }
            if (t == LinkType.PUMP && status[k] >= OPEN && setting[k] > 0.0) {
                status[k] = pumpStatus(k, -dh);
            }
            if (t == LinkType.FCV && setting[k] != HydraulicModel.MISSING) {
                status[k] = fcvStatus(k, s, head[n1], head[n2]);
            }
            if (n1 >= nj || n2 >= nj) {
                tankLinkStatus(k, n1, n2);
            }
            if (s != status[k]) {
                change = true;
            }
        }
        return change;
    }

    private static byte cvStatus(byte s, double dh, double q) {
        if (Math.abs(dh) > HTOL) {
            if (dh < -HTOL) {
                return CLOSED;
            } else if (q < -QTOL) {
                return CLOSED;
            }
            return OPEN;
        }
        if (q < -QTOL) {
            return CLOSED;
        }
        return s;
    }

    private byte pumpStatus(int k, double dh) {
        int pu = m.linkPump[k];
        double hmax = m.pumpType[pu] == HydraulicModel.CONST_HP ? BIG : setting[k] * setting[k] * m.pumpHmax[pu];
        if (dh > hmax + HTOL) {
            return XHEAD;
        }
        return OPEN;
    }

    private byte fcvStatus(int k, byte s, double h1, double h2) {
        byte st = s;
        if (h1 - h2 < -HTOL) {
            st = XFCV;
        } else if (flow[k] < -QTOL) {
            st = XFCV;
        } else if (s == XFCV && flow[k] >= setting[k]) {
            st = ACTIVE;
        }
        return st;
    }

    private void tankLinkStatus(int k, int n1, int n2) {
        if (status[k] <= CLOSED) {
            return;
        }
        double q = flow[k];
        int i = n1 - nj;
        if (i < 0) {
            i = n2 - nj;
            if (i < 0) {
                return;
            }
            int n = n1;
            n1 = n2;
            n2 = n;
            q = -q;
        }
        if (m.tankArea[i] == 0.0) {
            return;
        }
        double h = head[n1] - head[n2];
        boolean pump = m.type[k] == LinkType.PUMP;
        if (head[n1] >= m.tankHmax[i] - HTOL && !m.tankOverflow[i]) {
            if (pump) {
                if (m.to[k] == n1) {
                    status[k] = TEMPCLOSED;
                }
            } else if (cvStatus(OPEN, h, q) == CLOSED) {
                status[k] = TEMPCLOSED;
            }
        }
        if (head[n1] <= m.tankHmin[i] + HTOL) {
            if (pump) {
                if (m.from[k] == n1) {
                    status[k] = TEMPCLOSED;
                }
            } else if (cvStatus(CLOSED, h, q) == OPEN) {
                status[k] = TEMPCLOSED;
            }
        }
    }

    /** EPANET pswitch(): controls on junction pressures, applied once a solution is found. */
    private boolean pressureSwitch() {
        boolean any = false;
        for (int c = 0; c < m.nControls; c++) {
            int k = m.ctlLink[c];
            int n = m.ctlNode[c];
            if (n < 0 || n >= nj) {
                continue;
            }
            boolean reset = m.ctlType[c] == HydraulicModel.LOWLEVEL && head[n] <= m.ctlGrade[c] + HTOL
                    || m.ctlType[c] == HydraulicModel.HILEVEL && head[n] >= m.ctlGrade[c] - HTOL;
            if (!reset) {
                continue;
            }
            LinkType t = m.type[k];
            byte s = status[k];
            boolean change = false;
            if (t == LinkType.PIPE && s != m.ctlStatus[c]) {
                change = true;
            }
            if (t == LinkType.PUMP && setting[k] != m.ctlSetting[c]) {
                change = true;
            }
            if (t.isValve()) {
                if (setting[k] != m.ctlSetting[c]) {
                    change = true;
                } else if (setting[k] == HydraulicModel.MISSING && s != m.ctlStatus[c]) {
                    change = true;
                }
            }
            if (change) {
                status[k] = m.ctlStatus[c];
                if (t != LinkType.PIPE && t != LinkType.CVPIPE) {
                    setting[k] = m.ctlSetting[c];
                }
                any = true;
            }
        }
        return any;
    }
}
