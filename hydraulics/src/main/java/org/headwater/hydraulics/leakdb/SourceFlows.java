package org.headwater.hydraulics.leakdb;

import java.util.ArrayList;
import java.util.List;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.hydraulics.HydraulicState;

/**
 * System inflow as a flow meter sees it: the flows in the links leaving reservoirs and tanks
 * (a tank that fills counts negative), i.e. all consumption plus all leakage at that moment.
 */
final class SourceFlows {

    private final int[] links;
    private final double[] sign;

    SourceFlows(HydraulicModel model) {
        List<Integer> l = new ArrayList<>();
        List<Double> s = new ArrayList<>();
        int nj = model.junctionCount();
        for (int k = 0; k < model.linkCount(); k++) {
            boolean fromSource = model.linkFrom(k) >= nj;
            boolean toSource = model.linkTo(k) >= nj;
            if (fromSource != toSource) {
                l.add(k);
                s.add(fromSource ? 1.0 : -1.0);
            }
        }
        links = l.stream().mapToInt(Integer::intValue).toArray();
        sign = s.stream().mapToDouble(Double::doubleValue).toArray();
    }

    double inflow(HydraulicState state) {
        double q = 0;
        for (int i = 0; i < links.length; i++) {
            q += sign[i] * state.flow(links[i]);
        }
        return q;
    }
}
