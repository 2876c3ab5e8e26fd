package org.headwater.hydraulics;

import static org.headwater.hydraulics.Segments.NONE;

/**
 * EPANET 2.2's four tank mixing models (qualreact.c tankmix1–4) on a tank's segment chain; each
 * takes the inflow volume and mass and the net volume change over a step and returns the quality of
 * the water the tank releases.
 */
final class TankMixer {

    private final Segments seg;
    private final double tolerance;
    private double drainedVolume;
    private double drainedMass;

    TankMixer(Segments seg, double tolerance) {
        this.seg = seg;
        this.tolerance = tolerance;
    }

    double mix(TankMixing model, int chain, double current, double vmz, double vin, double win, double vnet) {
        return switch (model) {
            case MIXED -> mixed(chain, current, vin, win, vnet);
            case TWO_COMPARTMENT -> twoCompartment(chain, current, vmz, vin, win, vnet);
            case FIFO -> fifo(chain, current, vin, win, vnet);
            case LIFO -> lifo(chain, current, vin, win, vnet);
        };
    }

    private double mixed(int k, double current, double vin, double win, double vnet) {
        int s = seg.first[k];
        if (s == NONE) {
            return current;
        }
        double vnew = seg.v[s] + vin;
        if (vnew > 0.0) {
            seg.c[s] = (seg.c[s] * seg.v[s] + win) / vnew;
        }
        seg.v[s] = Math.max(0.0, seg.v[s] + vnet);
        return seg.c[s];
    }

    private double twoCompartment(int k, double current, double vmz, double vin, double win, double vnet) {
        int mz = seg.last[k];
        int sz = seg.first[k];
        if (mz == NONE || sz == NONE) {
            return current;
        }
        double[] v = seg.v;
        double[] c = seg.c;
        double vt = 0.0;
        if (vnet > 0.0) {
            vt = Math.max(0.0, v[mz] + vnet - vmz);
            if (vin > 0.0) {
                c[mz] = (c[mz] * v[mz] + win) / (v[mz] + vin);
            }
            if (vt > 0.0) {
                c[sz] = (c[sz] * v[sz] + c[mz] * vt) / (v[sz] + vt);
            }
        } else if (vnet < 0.0) {
            if (v[sz] > 0.0) {
                vt = Math.min(v[sz], -vnet);
            }
            if (vin + vt > 0.0) {
                c[mz] = (c[mz] * v[mz] + win + c[sz] * vt) / (v[mz] + vin + vt);
            }
        }
        if (vt > 0.0) {
            v[mz] = vmz;
            v[sz] = vnet > 0.0 ? v[sz] + vt : Math.max(0.0, v[sz] - vt);
        } else {
            v[mz] = Math.max(0.0, Math.min(v[mz] + vnet, vmz));
            v[sz] = 0.0;
        }
        return c[mz];
    }

    private double fifo(int k, double current, double vin, double win, double vnet) {
        if (seg.last[k] == NONE || seg.first[k] == NONE) {
            return current;
        }
        if (vin > 0.0) {
            double cin = win / vin;
            int s = seg.last[k];
            if (Math.abs(seg.c[s] - cin) < tolerance) {
                seg.v[s] += vin;
            } else {
                seg.add(k, vin, cin);
            }
        }
        drain(k, vin - vnet);
        if (drainedVolume > 0.0) {
            return drainedMass / drainedVolume;
        }
        return seg.first[k] == NONE ? 0.0 : seg.c[seg.first[k]];
    }

    private double lifo(int k, double current, double vin, double win, double vnet) {
        if (seg.last[k] == NONE || seg.first[k] == NONE) {
            return current;
        }
        double cin = vin > 0.0 ? win / vin : 0.0;
        int s = seg.last[k];
        double result = seg.c[s];
        if (vnet > 0.0) {
            if (Math.abs(seg.c[s] - cin) < tolerance) {
                seg.v[s] += vnet;
            } else {
                seg.add(k, vnet, cin);
            }
            return seg.c[seg.last[k]];
        }
        if (vnet < 0.0) {
            seg.reverse(k); // newest water first
            drain(k, -vnet);
            seg.reverse(k);
            result = (drainedMass + win) / (drainedVolume + vin);
        }
        return result;
    }

    /** Withdraws {@code volume} from the first segments of chain k; the last segment gives whatever is missing. */
    private void drain(int k, double volume) {
        drainedVolume = 0.0;
        drainedMass = 0.0;
        double left = volume;
        while (left > 0.0) {
            int s = seg.first[k];
            if (s == NONE) {
                break;
            }
            double vseg = s == seg.last[k] ? left : Math.min(seg.v[s], left);
            drainedVolume += vseg;
            drainedMass += seg.c[s] * vseg;
            left -= vseg;
            if (left >= 0.0 && vseg >= seg.v[s]) {
                if (seg.prev[s] != NONE) {
                    seg.first[k] = seg.prev[s];
                    seg.release(s);
                }
            } else {
                seg.v[s] -= vseg;
            }
        }
    }
}
