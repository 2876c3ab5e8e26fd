package org.headwater.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sparse factorisation gives the same solution as a dense one on a looped grid. */
class SparseCholeskyTest {

    @Test
    void solvesAGridLaplacianLikeADenseCholesky() {
        int side = 12;
        int n = side * side;
        int links = 2 * side * (side - 1);
        int[] a = new int[links];
        int[] b = new int[links];
        int k = 0;
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int v = r * side + c;
                if (c + 1 < side) {
                    a[k] = v;
                    b[k++] = v + 1;
                }
                if (r + 1 < side) {
                    a[k] = v;
                    b[k++] = v + side;
                }
            }
        }
        Random random = new Random(7);
        double[] weight = new double[links];
        double[][] dense = new double[n][n];
        for (int e = 0; e < links; e++) {
            weight[e] = 0.5 + random.nextDouble();
            dense[a[e]][a[e]] += weight[e];
            dense[b[e]][b[e]] += weight[e];
            dense[a[e]][b[e]] -= weight[e];
            dense[b[e]][a[e]] -= weight[e];
        }
        double[] rhs = new double[n];
        for (int i = 0; i < n; i++) {
            dense[i][i] += 0.1; // a fixed-head neighbour makes the matrix definite
            rhs[i] = random.nextDouble() - 0.5;
        }

        SparseCholesky sm = new SparseCholesky(n, a, b);
        sm.clear();
        for (int e = 0; e < links; e++) {
            sm.lower[sm.position(a[e], b[e])] -= weight[e];
        }
        double[] permuted = new double[n];
        for (int i = 0; i < n; i++) {
            sm.diag[sm.row[i]] = dense[i][i];
            permuted[sm.row[i]] = rhs[i];
        }
        assertThat(sm.solve(permuted)).isEqualTo(-1);

        double[] expected = denseSolve(dense, rhs.clone());
        for (int i = 0; i < n; i++) {
            assertThat(permuted[sm.row[i]]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-10));
        }
        // minimum degree keeps fill-in far below the dense triangle
        assertThat(sm.nonZeros()).isLessThan(n * (n - 1) / 10);
    }

    private static double[] denseSolve(double[][] m, double[] x) {
        int n = x.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
        }
        for (int p = 0; p < n; p++) {
            for (int r = p + 1; r < n; r++) {
                double f = a[r][p] / a[p][p];
                for (int c = p; c < n; c++) {
                    a[r][c] -= f * a[p][c];
                }
                x[r] -= f * x[p];
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double s = x[r];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
