package org.headwater.hydraulics;

import java.util.Arrays;

/**
 * EPANET's water-quality volume segments on primitive arrays: one chain per link and per tank, each
 * running from its first (most downstream) segment through {@code prev} to its last (most upstream)
 * one; used segments go to a free list and are reused.
 */
final class Segments {

    static final int NONE = -1;

    double[] v = new double[1024];
    double[] c = new double[1024];
    int[] prev = new int[1024];
    final int[] first;
    final int[] last;
    private int used;
    private int free = NONE;

    Segments(int chains) {
        first = new int[chains];
        last = new int[chains];
        clear();
    }

    void clear() {
        Arrays.fill(first, NONE);
        Arrays.fill(last, NONE);
        used = 0;
        free = NONE;
    }

    /** Adds a segment upstream of chain {@code k}'s last one (EPANET addseg). */
    void add(int k, double volume, double quality) {
        int s = allocate();
        v[s] = volume;
        c[s] = quality;
        prev[s] = NONE;
        if (first[k] == NONE) {
            first[k] = s;
        }
        if (last[k] != NONE) {
            prev[last[k]] = s;
        }
        last[k] = s;
    }

    void release(int s) {
        prev[s] = free;
        free = s;
    }

    /** Turns chain {@code k} around when its flow reverses. */
    void reverse(int k) {
        int s = first[k];
        first[k] = last[k];
        last[k] = s;
        int p = NONE;
        while (s != NONE) {
            int next = prev[s];
            prev[s] = p;
            p = s;
            s = next;
        }
    }

    /** Volume-weighted mean quality of chain {@code k}, or NaN when it holds no volume. */
    double average(int k) {
        double vsum = 0;
        double msum = 0;
        for (int s = first[k]; s != NONE; s = prev[s]) {
            vsum += v[s];
            msum += c[s] * v[s];
        }
        return vsum > 0 ? msum / vsum : Double.NaN;
    }

    private int allocate() {
        if (free != NONE) {
            int s = free;
            free = prev[s];
            return s;
        }
        if (used == v.length) {
            int n = v.length * 2;
            v = Arrays.copyOf(v, n);
            c = Arrays.copyOf(c, n);
            prev = Arrays.copyOf(prev, n);
        }
        return used++;
    }
}
