package io.oeml.optimizer.search.bayes.gp;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * A zero-mean Gaussian process conditioned on (x, y) under fixed hyperparameters, through Hipparchus' Cholesky
 * decomposition of {@code K + noise I}. The outputs are expected standardised (zero mean, unit scale).
 */
public final class GaussianProcess {

    /** Smallest posterior variance reported, relative to the signal variance: guards round-off below zero. */
    private static final double MIN_RELATIVE_VARIANCE = 1e-12;

    private final double[][] x;
    private final Matern52Kernel kernel;
    private final GpHyperparameters hyperparameters;
    private final CholeskyDecomposition cholesky;
    private final double[] alpha;
    private final double logMarginalLikelihood;
    private RealMatrix inverseL;

    private GaussianProcess(double[][] x, double[] y, Matern52Kernel kernel, GpHyperparameters hyperparameters) {
        this.x = x;
        this.kernel = kernel;
        this.hyperparameters = hyperparameters;
        int n = x.length;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                k[i][j] = kernel.value(x[i], x[j], hyperparameters);
                k[j][i] = k[i][j];
            }
            k[i][i] = hyperparameters.signalVariance() + hyperparameters.noiseVariance();
        }
        this.cholesky = new CholeskyDecomposition(new Array2DRowRealMatrix(k, false),
                CholeskyDecomposition.DEFAULT_RELATIVE_SYMMETRY_THRESHOLD, 1e-12);
        this.alpha = cholesky.getSolver().solve(new ArrayRealVector(y, false)).toArray();
        double fit = 0;
        for (int i = 0; i < n; i++) {
            fit += y[i] * alpha[i];
        }
        double logDeterminant = 0;
        RealMatrix l = cholesky.getL();
        for (int i = 0; i < n; i++) {
            logDeterminant += 2 * Math.log(l.getEntry(i, i));
        }
        this.logMarginalLikelihood = -0.5 * fit - 0.5 * logDeterminant - 0.5 * n * Math.log(2 * Math.PI);
    }

    /**
     * @throws org.hipparchus.exception.MathIllegalArgumentException when the kernel matrix is not positive definite
     */
    public static GaussianProcess condition(double[][] x, double[] y, Matern52Kernel kernel,
            GpHyperparameters hyperparameters) {
        return new GaussianProcess(x, y, kernel, hyperparameters);
    }

    public double logMarginalLikelihood() {
        return logMarginalLikelihood;
    }

    public GpHyperparameters hyperparameters() {
        return hyperparameters;
    }

    public Prediction predict(double[] point) {
        if (inverseL == null) {
            // Row arrays: operate() then runs over plain double[] rows (Hipparchus' inverse returns block storage).
            inverseL = new Array2DRowRealMatrix(MatrixUtils.inverse(cholesky.getL()).getData(), false);
        }
        double[] k = new double[x.length];
        double mean = 0;
        for (int i = 0; i < x.length; i++) {
            k[i] = kernel.value(point, x[i], hyperparameters);
            mean += k[i] * alpha[i];
        }
        double[] v = inverseL.operate(k);
        double explained = 0;
        for (double component : v) {
            explained += component * component;
        }
        double signal = hyperparameters.signalVariance();
        return new Prediction(mean, Math.max(signal * MIN_RELATIVE_VARIANCE, signal - explained));
    }
}
