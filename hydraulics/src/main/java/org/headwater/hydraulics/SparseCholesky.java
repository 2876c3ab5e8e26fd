package org.headwater.hydraulics;

import java.util.Arrays;

/**
 * The symmetric positive definite system of the gradient method, solved as EPANET's smatrix.c
 * does: rows re-ordered by minimum degree to limit fill-in, the fill pattern found once, then a
 * left-looking sparse Cholesky factorisation per iteration on primitive arrays.
 */
final class SparseCholesky {

    final int n;
    /** Row (0..n-1) of the matrix for each junction. */
    final int[] row;
    /** Junction at each row. */
    final int[] order;

    private final int[] colStart; // column j of L holds rows rowIndex[colStart[j] .. colStart[j+1])
    private final int[] rowIndex;
    final double[] lower; // off-diagonal values: assembled A, then factor L
    final double[] diag; // assembled diagonal, then L's diagonal
    // The factorisation's update plan, fixed by the pattern: for column j, updates u in
    // [updateStart[j], updateStart[j+1]) take L(j,k) at position source[u] and subtract
    // L(i,k)·L(j,k) from positions target[targetStart[u] ..] for the entries below it in column k.
    private final int[] updateStart;
    private final int[] source;
    private final int[] targetStart;
    private final int[] target;

    /**
     * Builds the ordering and fill pattern for junctions 0..n-1 joined by the given links (pairs of
     * junction indices; a link to a tank or reservoir is left out by the caller with -1).
     */
    SparseCholesky(int n, int[] a, int[] b) {
        this.n = n;
        int[][] adj = adjacency(n, a, b);
        order = new int[n];
        row = new int[n];
        int[][] columns = eliminate(n, adj, order, row);
        colStart = new int[n + 1];
        for (int j = 0; j < n; j++) {
            colStart[j + 1] = colStart[j] + columns[j].length;
        }
        rowIndex = new int[colStart[n]];
        for (int j = 0; j < n; j++) {
            System.arraycopy(columns[j], 0, rowIndex, colStart[j], columns[j].length);
        }
        lower = new double[rowIndex.length];
        diag = new double[n];
        updateStart = new int[n + 1];
        IntArray src = new IntArray();
        IntArray tStart = new IntArray();
        IntArray tgt = new IntArray();
        plan(src, tStart, tgt);
        source = src.toArray();
        targetStart = tStart.toArray();
        target = tgt.toArray();
    }

    /** Walks the left-looking factorisation once symbolically and records every update. */
    private void plan(IntArray src, IntArray tStart, IntArray tgt) {
        int[] map = new int[n];
        int[] next = new int[n];
        int[] head = new int[n];
        int[] link = new int[n];
        Arrays.fill(head, -1);
        for (int j = 0; j < n; j++) {
            int start = colStart[j];
            int end = colStart[j + 1];
            for (int p = start; p < end; p++) {
                map[rowIndex[p]] = p;
            }
            updateStart[j] = src.size();
            int k = head[j];
            while (k >= 0) {
                int nextK = link[k];
                int pk = next[k];
                src.add(pk);
                tStart.add(tgt.size());
                int endK = colStart[k + 1];
                for (int p = pk + 1; p < endK; p++) {
                    tgt.add(map[rowIndex[p]]);
                }
                next[k] = pk + 1;
                if (pk + 1 < endK) {
                    int r = rowIndex[pk + 1];
                    link[k] = head[r];
                    head[r] = k;
                }
                k = nextK;
            }
            if (start < end) {
                next[j] = start;
                int r = rowIndex[start];
                link[j] = head[r];
                head[r] = j;
            }
        }
        updateStart[n] = src.size();
        tStart.add(tgt.size());
    }

    /** A growable int array for building the plan. */
    private static final class IntArray {
        private int[] data = new int[64];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    int nonZeros() {
        return rowIndex.length;
    }

    /** Position in {@link #lower} of the entry joining junctions i and j, or -1 when i == j. */
    int position(int i, int j) {
        int ri = row[i];
        int rj = row[j];
        if (ri == rj) {
            return -1;
        }
        int c = Math.min(ri, rj);
        int r = Math.max(ri, rj);
        int p = Arrays.binarySearch(rowIndex, colStart[c], colStart[c + 1], r);
        if (p < 0) {
            throw new IllegalStateException("no entry for " + i + "," + j);
        }
        return p;
    }

    private static int[][] adjacency(int n, int[] a, int[] b) {
        int[] count = new int[n];
        for (int k = 0; k < a.length; k++) {
            if (a[k] >= 0 && b[k] >= 0 && a[k] != b[k]) {
                count[a[k]]++;
                count[b[k]]++;
            }
        }
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) {
            adj[i] = new int[count[i]];
        }
        Arrays.fill(count, 0);
        for (int k = 0; k < a.length; k++) {
            if (a[k] >= 0 && b[k] >= 0 && a[k] != b[k]) {
                adj[a[k]][count[a[k]]++] = b[k];
                adj[b[k]][count[b[k]]++] = a[k];
            }
        }
        for (int i = 0; i < n; i++) {
            adj[i] = Arrays.stream(adj[i]).distinct().sorted().toArray();
        }
        return adj;
    }

    /**
     * Minimum-degree elimination on the graph: each step removes a node of least current degree
     * and joins its neighbours into a clique. The neighbours at removal are the column of L.
     */
    private static int[][] eliminate(int n, int[][] adj, int[] order, int[] row) {
        IntSet[] g = new IntSet[n];
        for (int i = 0; i < n; i++) {
            g[i] = new IntSet(adj[i].length + 4);
            for (int v : adj[i]) {
                g[i].add(v);
            }
        }
        // buckets of nodes by degree, as doubly linked lists
        int[] bucketHead = new int[n + 1];
        int[] prev = new int[n];
        int[] nxt = new int[n];
        int[] degree = new int[n];
        Arrays.fill(bucketHead, -1);
        for (int i = n - 1; i >= 0; i--) {
            degree[i] = g[i].size();
            push(bucketHead, prev, nxt, degree[i], i);
        }
        boolean[] done = new boolean[n];
        int[][] nbrs = new int[n][];
        int minDeg = 0;
        for (int step = 0; step < n; step++) {
            while (bucketHead[minDeg] < 0) {
                minDeg++;
            }
            int v = bucketHead[minDeg];
            remove(bucketHead, prev, nxt, degree[v], v);
            done[v] = true;
            order[step] = v;
            row[v] = step;
            int[] nb = g[v].toArray();
            nbrs[v] = nb;
            for (int x : nb) {
                g[x].remove(v);
            }
            for (int i = 0; i < nb.length; i++) {
                for (int j = i + 1; j < nb.length; j++) {
                    g[nb[i]].add(nb[j]);
                    g[nb[j]].add(nb[i]);
                }
            }
            for (int x : nb) {
                int d = g[x].size();
                if (d != degree[x]) {
                    remove(bucketHead, prev, nxt, degree[x], x);
                    degree[x] = d;
                    push(bucketHead, prev, nxt, d, x);
                    if (d < minDeg) {
                        minDeg = d;
                    }
                }
            }
            g[v] = null;
        }
        int[][] columns = new int[n][];
        for (int j = 0; j < n; j++) {
            int[] nb = nbrs[order[j]];
            int[] rows = new int[nb.length];
            for (int i = 0; i < nb.length; i++) {
                rows[i] = row[nb[i]];
            }
            Arrays.sort(rows);
            columns[j] = rows;
        }
        return columns;
    }

    private static void push(int[] headOf, int[] prev, int[] nxt, int d, int v) {
        nxt[v] = headOf[d];
        prev[v] = -1;
        if (headOf[d] >= 0) {
            prev[headOf[d]] = v;
        }
        headOf[d] = v;
    }

    private static void remove(int[] headOf, int[] prev, int[] nxt, int d, int v) {
        if (prev[v] >= 0) {
            nxt[prev[v]] = nxt[v];
        } else {
            headOf[d] = nxt[v];
        }
        if (nxt[v] >= 0) {
            prev[nxt[v]] = prev[v];
        }
    }

    void clear() {
        Arrays.fill(lower, 0.0);
        Arrays.fill(diag, 0.0);
    }

    /**
     * Factors the assembled matrix in place and solves for {@code rhs} (indexed by row), leaving the
     * solution in it. Returns -1, or the row whose pivot was not positive (ill-conditioned system).
     */
    int solve(double[] rhs) {
        double[] l = lower;
        int[] tgt = target;
        for (int j = 0; j < n; j++) {
            double d = diag[j];
            for (int u = updateStart[j]; u < updateStart[j + 1]; u++) {
                int pk = source[u];
                double ljk = l[pk];
                d -= ljk * ljk;
                int p = pk + 1;
                for (int t = targetStart[u], te = targetStart[u + 1]; t < te; t++, p++) {
                    l[tgt[t]] -= l[p] * ljk;
                }
            }
            if (d <= 0.0) {
                return j;
            }
            d = Math.sqrt(d);
            diag[j] = d;
            double inv = 1.0 / d;
            for (int p = colStart[j], end = colStart[j + 1]; p < end; p++) {
                l[p] *= inv;
            }
        }
        // forward: L y = b
        for (int j = 0; j < n; j++) {
            double y = rhs[j] / diag[j];
            rhs[j] = y;
            for (int p = colStart[j]; p < colStart[j + 1]; p++) {
                rhs[rowIndex[p]] -= lower[p] * y;
            }
        }
        // backward: L^T x = y
        for (int j = n - 1; j >= 0; j--) {
            double s = rhs[j];
            for (int p = colStart[j]; p < colStart[j + 1]; p++) {
                s -= lower[p] * rhs[rowIndex[p]];
            }
            rhs[j] = s / diag[j];
        }
        return -1;
    }

    /** A small open-addressing set of non-negative ints, for the elimination graph. */
    static final class IntSet {
        private int[] slots;
        private int size;

        IntSet(int capacity) {
            slots = new int[Integer.highestOneBit(Math.max(4, capacity) * 2) * 2];
            Arrays.fill(slots, -1);
        }

        int size() {
            return size;
        }

        void add(int v) {
            if ((size + 1) * 2 > slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            int i = (v * 0x9E3779B1) >>> 1 & mask;
            while (slots[i] >= 0) {
                if (slots[i] == v) {
                    return;
                }
                i = (i + 1) & mask;
            }
            slots[i] = v;
            size++;
        }

        void remove(int v) {
            int mask = slots.length - 1;
            int i = (v * 0x9E3779B1) >>> 1 & mask;
            while (slots[i] >= 0) {
                if (slots[i] == v) {
                    // backward-shift deletion keeps probe chains intact
                    int j = i;
                    while (true) {
                        j = (j + 1) & mask;
                        if (slots[j] < 0) {
                            break;
                        }
                        int home = (slots[j] * 0x9E3779B1) >>> 1 & mask;
                        boolean between = i <= j ? (home > i && home <= j) : (home > i || home <= j);
                        if (!between) {
                            slots[i] = slots[j];
                            i = j;
                        }
                    }
                    slots[i] = -1;
                    size--;
                    return;
                }
                i = (i + 1) & mask;
            }
        }

        int[] toArray() {
            int[] out = new int[size];
            int c = 0;
            for (int s : slots) {
                if (s >= 0) {
                    out[c++] = s;
                }
            }
            return out;
        }

        private void grow() {
            int[] old = slots;
            slots = new int[old.length * 2];
            Arrays.fill(slots, -1);
            size = 0;
            for (int s : old) {
                if (s >= 0) {
                    add(s);
                }
            }
        }
    }
}
