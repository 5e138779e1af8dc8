package dev.peftu.variants;

import dev.peftu.model.HostTensor;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The principal part of a frozen weight as PiSSA takes it: with {@code W = U S V^T} and {@code s}
 * LoRA's scaling, {@code A = sqrt(S_r / s) V_r^T} ({@code [r, in]}) and
 * {@code B = U_r sqrt(S_r / s)} ({@code [out, r]}), so that {@code s B A = U_r S_r V_r^T}, the best
 * rank-r approximation of {@code W}. The signs of singular vectors are arbitrary, but each pair's
 * product, and so {@code s B A}, is not.
 *
 * @param a the start of {@code A}
 * @param b the start of {@code B}
 */
record PrincipalPart(HostTensor a, HostTensor b) {

    /**
     * Decomposes a weight.
     *
     * @param weight {@code [out, in]}
     * @param rank r, at most {@code min(out, in)}
     * @param scaling LoRA's scaling {@code s}
     */
    static PrincipalPart of(HostTensor weight, int rank, double scaling) {
        int out = (int) weight.shape()[0];
        int in = (int) weight.shape()[1];
        if (rank > Math.min(out, in)) {
            throw new IllegalArgumentException("rank " + rank + " exceeds the " + out + " x " + in + " weight's");
        }
        double[][] rows = new double[out][in];
        for (int i = 0; i < out; i++) {
            for (int j = 0; j < in; j++) {
                rows[i][j] = weight.data()[i * in + j];
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(rows, false));
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        double[] singular = svd.getSingularValues();
        float[] a = new float[rank * in];
        float[] b = new float[out * rank];
        for (int k = 0; k < rank; k++) {
            double root = Math.sqrt(singular[k] / scaling);
            for (int j = 0; j < in; j++) {
                a[k * in + j] = (float) (root * v.getEntry(j, k));
            }
            for (int i = 0; i < out; i++) {
                b[i * rank + k] = (float) (u.getEntry(i, k) * root);
            }
        }
        return new PrincipalPart(new HostTensor(new long[] {rank, in}, a), new HostTensor(new long[] {out, rank}, b));
    }
}
