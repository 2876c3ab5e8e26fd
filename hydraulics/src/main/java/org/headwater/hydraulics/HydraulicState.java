package org.headwater.hydraulics;

/**
 * Node heads, pressures and demands, and link flows and statuses at one time, in the .inp file's
 * units (the values EPANET's toolkit returns for EN_HEAD, EN_PRESSURE, EN_DEMAND, EN_FLOW,
 * EN_STATUS, EN_PUMP_STATE and EN_SETTING).
 */
public final class HydraulicState {

    private final HydraulicModel m;
    private final double[] head;
    private final double[] demand;
    private final double[] flow;
    private final byte[] status;
    private final double[] setting;
    private final double[] emitterFlow;

    HydraulicState(
            HydraulicModel m,
            double[] head,
            double[] demand,
            double[] flow,
            byte[] status,
            double[] setting,
            double[] emitterFlow) {
        this.m = m;
        this.emitterFlow = emitterFlow;
        this.head = head;
        this.demand = demand;
        this.flow = flow;
        this.status = status;
        this.setting = setting;
    }

    public HydraulicModel model() {
        return m;
    }

    /** An independent copy that stays valid after the step. */
    public HydraulicState copy() {
        return new HydraulicState(
                m, head.clone(), demand.clone(), flow.clone(), status.clone(), setting.clone(), emitterFlow.clone());
    }

    public double head(int node) {
        return head[node] * m.units.head();
    }

    public double pressure(int node) {
        return (head[node] - m.elevation[node]) * m.units.pressure();
    }

    /** Delivered demand at a junction; net inflow (+ filling) at a tank or reservoir. */
    public double demand(int node) {
        return demand[node] * m.units.flow();
    }

    /** Emitter outflow at a junction (part of {@link #demand}); 0 at tanks and reservoirs. */
    public double emitterFlow(int node) {
        return node < emitterFlow.length ? emitterFlow[node] * m.units.flow() : 0.0;
    }

    /** Water level above the tank bottom (head − elevation), in feet or metres. */
    public double tankLevel(int node) {
        return (head[node] - m.elevation[node]) * m.units.head();
    }

    /** Flow, + from start to end node; 0 when the link is closed. */
    public double flow(int link) {
        return status[link] <= LinkStatus.CLOSED ? 0.0 : flow[link] * m.units.flow();
    }

    /** Flow in cubic feet per second as EPANET saves it to its hydraulics file: single precision, 0 when closed. */
    double savedFlow(int link) {
        return status[link] <= LinkStatus.CLOSED ? 0.0 : (float) flow[link];
    }

    /** Node demand in cubic feet per second, single precision as in EPANET's hydraulics file. */
    double savedDemand(int node) {
        return (float) demand[node];
    }

    /** 1 when the link is open (including active valves), 0 when closed. */
    public int status(int link) {
        return status[link] <= LinkStatus.CLOSED ? 0 : 1;
    }

    /** EPANET's internal state code ({@link LinkStatus}); pumps report XFLOW and XHEAD as the toolkit does. */
    public int statusCode(int link) {
        byte s = status[link];
        int p = m.linkPump[link];
        if (p >= 0 && s >= LinkStatus.OPEN) {
            if (flow[link] > setting[link] * m.pumpQmax[p]) {
                return LinkStatus.XFLOW;
            }
            if (flow[link] < 0.0) {
                return LinkStatus.XHEAD;
            }
        }
        return s;
    }

    /** Pump speed, valve pressure (psi or m), FCV flow or TCV coefficient; 0 when unset. */
    public double setting(int link) {
        double v = setting[link];
        if (v == HydraulicModel.MISSING) {
            return 0.0;
        }
        return switch (m.type[link]) {
            case PRV, PSV, PBV -> v * m.units.pressure();
            case FCV -> v * m.units.flow();
            default -> v;
        };
    }
}
