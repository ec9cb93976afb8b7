package io.oeml.optimizer.search.bayes.gp;

/**
 * The Matern-5/2 kernel with one length scale per input: {@code s2 (1 + sqrt5 r + 5/3 r^2) exp(-sqrt5 r)} with
 * {@code r^2 = sum ((x_i - y_i) / l_i)^2}, where a categorical input contributes {@code (1 / l_i)^2} when the choices
 * differ and nothing when they match (a Hamming distance inside the same kernel).
 */
public final class Matern52Kernel {

    private static final double SQRT5 = Math.sqrt(5);

    private final boolean[] categorical;

    public Matern52Kernel(boolean[] categorical) {
        this.categorical = categorical.clone();
    }

    public int dimensions() {
        return categorical.length;
    }

    public boolean categorical(int i) {
        return categorical[i];
    }

    public double value(double[] x, double[] y, GpHyperparameters h) {
        double r2 = 0;
        for (int i = 0; i < categorical.length; i++) {
            double difference = categorical[i] ? (x[i] == y[i] ? 0 : 1) : x[i] - y[i];
            double scaled = difference / h.lengthScale(i);
            r2 += scaled * scaled;
        }
        double r = Math.sqrt(r2);
        return h.signalVariance() * (1 + SQRT5 * r + 5.0 / 3.0 * r2) * Math.exp(-SQRT5 * r);
    }
}
