package org.headwater.hydraulics.twin;

import java.util.Arrays;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.hydraulics.HydraulicState;

/** The junctions that no open link joins to a tank or reservoir at one time: they get no water. */
final class CutOffJunctions {

    private final HydraulicModel m;
    private final int[] start;
    private final int[] adjacentLink;

    CutOffJunctions(HydraulicModel m) {
        this.m = m;
        int nodes = m.nodeCount();
        start = new int[nodes + 1];
        for (int k = 0; k < m.linkCount(); k++) {
            start[m.linkFrom(k) + 1]++;
            start[m.linkTo(k) + 1]++;
        }
        for (int n = 0; n < nodes; n++) {
            start[n + 1] += start[n];
        }
        adjacentLink = new int[start[nodes]];
        int[] fill = Arrays.copyOf(start, nodes);
        for (int k = 0; k < m.linkCount(); k++) {
            adjacentLink[fill[m.linkFrom(k)]++] = k;
            adjacentLink[fill[m.linkTo(k)]++] = k;
        }
    }

    int[] cutOff(HydraulicState state) {
        int nodes = m.nodeCount();
        boolean[] reached = new boolean[nodes];
        int[] stack = new int[nodes];
        int top = 0;
        for (int n = m.junctionCount(); n < nodes; n++) {
            reached[n] = true;
            stack[top++] = n;
        }
        while (top > 0) {
            int n = stack[--top];
            for (int e = start[n]; e < start[n + 1]; e++) {
                int k = adjacentLink[e];
                if (state.status(k) == 0) {
                    continue;
                }
                int other = m.linkFrom(k) == n ? m.linkTo(k) : m.linkFrom(k);
                if (!reached[other]) {
                    reached[other] = true;
                    stack[top++] = other;
                }
            }
        }
        int count = 0;
        int[] cut = new int[m.junctionCount()];
        for (int j = 0; j < m.junctionCount(); j++) {
            if (!reached[j]) {
                cut[count++] = j;
            }
        }
        return Arrays.copyOf(cut, count);
    }
}
