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
     * Multiple minimum-degree elimination (George and Liu's scheme, as EPANET's genmmd) on a
     * quotient graph: an eliminated node becomes an element whose boundary is its remaining
     * neighbours, so no clique is ever formed. Each round eliminates every node of least degree
     * not adjacent to one already eliminated in the round, then updates the degrees it touched.
     * The boundary of a node when eliminated is its column of L.
     */
    private static int[][] eliminate(int n, int[][] adj, int[] order, int[] row) {
        int[][] vars = new int[n][];
        int[] varLen = new int[n];
        int[][] elems = new int[n][];
        int[] elemLen = new int[n];
        int[][] boundary = new int[n][];
        boolean[] eliminated = new boolean[n];
        boolean[] dead = new boolean[n];
        boolean[] touched = new boolean[n];
        int[] mark = new int[n];
        int stamp = 0;
        int[] degree = new int[n];
        int[] bucketHead = new int[n + 1];
        int[] prev = new int[n];
        int[] nxt = new int[n];
        Arrays.fill(bucketHead, -1);
        for (int i = n - 1; i >= 0; i--) {
            vars[i] = adj[i].clone();
            varLen[i] = adj[i].length;
            elems[i] = new int[2];
            degree[i] = adj[i].length;
            push(bucketHead, prev, nxt, degree[i], i);
        }
        int[] buf = new int[n];
        int[] round = new int[n];
        int[] changed = new int[n];
        int step = 0;
        int minDeg = 0;
        while (step < n) {
            while (bucketHead[minDeg] < 0) {
                minDeg++;
            }
            int count = 0;
            for (int v = bucketHead[minDeg]; v >= 0; v = nxt[v]) {
                round[count++] = v;
            }
            int nChanged = 0;
            for (int r = 0; r < count; r++) {
                int v = round[r];
                if (touched[v]) {
                    continue;
                }
                remove(bucketHead, prev, nxt, degree[v], v);
                // the boundary of v: its variables and the boundaries of its elements
                stamp++;
                mark[v] = stamp;
                int len = 0;
                for (int i = 0; i < varLen[v]; i++) {
                    int w = vars[v][i];
                    if (!eliminated[w] && mark[w] != stamp) {
                        mark[w] = stamp;
                        buf[len++] = w;
                    }
                }
                for (int i = 0; i < elemLen[v]; i++) {
                    int e = elems[v][i];
                    if (dead[e]) {
                        continue;
                    }
                    for (int w : boundary[e]) {
                        if (!eliminated[w] && mark[w] != stamp) {
                            mark[w] = stamp;
                            buf[len++] = w;
                        }
                    }
                    dead[e] = true; // absorbed into v's element
                }
                int[] lv = Arrays.copyOf(buf, len);
                boundary[v] = lv;
                eliminated[v] = true;
                order[step] = v;
                row[v] = step;
                step++;
                vars[v] = null;
                elems[v] = null;
                for (int u : lv) {
                    // u now sees element v; variables also in v's boundary are reached through it
                    int kept = 0;
                    int[] ev = elems[u];
                    for (int i = 0; i < elemLen[u]; i++) {
                        if (!dead[ev[i]]) {
                            ev[kept++] = ev[i];
                        }
                    }
                    if (kept == ev.length) {
                        ev = Arrays.copyOf(ev, ev.length * 2);
                        elems[u] = ev;
                    }
                    ev[kept++] = v;
                    elemLen[u] = kept;
                    int keptVars = 0;
                    int[] vu = vars[u];
                    for (int i = 0; i < varLen[u]; i++) {
                        int w = vu[i];
                        if (!eliminated[w] && mark[w] != stamp) {
                            vu[keptVars++] = w;
                        }
                    }
                    varLen[u] = keptVars;
                    if (!touched[u]) {
                        touched[u] = true;
                        changed[nChanged++] = u;
                    }
                }
            }
            for (int c = 0; c < nChanged; c++) {
                int u = changed[c];
                touched[u] = false;
                if (eliminated[u]) {
                    continue;
                }
                stamp++;
                mark[u] = stamp;
                int d = 0;
                for (int i = 0; i < varLen[u]; i++) {
                    int w = vars[u][i];
                    if (mark[w] != stamp) {
                        mark[w] = stamp;
                        d++;
                    }
                }
                for (int i = 0; i < elemLen[u]; i++) {
                    for (int w : boundary[elems[u][i]]) {
                        if (!eliminated[w] && mark[w] != stamp) {
                            mark[w] = stamp;
                            d++;
                        }
                    }
                }
                if (d != degree[u]) {
                    remove(bucketHead, prev, nxt, degree[u], u);
                    degree[u] = d;
                    push(bucketHead, prev, nxt, d, u);
                }
                if (d < minDeg) {
                    minDeg = d;
                }
            }
        }
        int[][] columns = new int[n][];
        for (int j = 0; j < n; j++) {
            int[] nb = boundary[order[j]];
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
}
