package io.oeml.optimizer.search.bayes.gp;

import java.util.Arrays;

/**
 * The Gaussian process's hyperparameters: one length scale per input (ARD), the signal variance and the observation
 * noise variance, all on the scale of the standardised outputs. {@link #toLog}/{@link #fromLog} give the vector the
 * marginal likelihood is maximised over.
 */
public record GpHyperparameters(double[] lengthScales, double signalVariance, double noiseVariance) {

    public GpHyperparameters {
        lengthScales = lengthScales.clone();
    }

    @Override
    public double[] lengthScales() {
        return lengthScales.clone();
    }

    double lengthScale(int i) {
        return lengthScales[i];
    }

    public double[] toLog() {
        double[] theta = new double[lengthScales.length + 2];
        for (int i = 0; i < lengthScales.length; i++) {
            theta[i] = Math.log(lengthScales[i]);
        }
        theta[lengthScales.length] = Math.log(signalVariance);
        theta[lengthScales.length + 1] = Math.log(noiseVariance);
        return theta;
    }

    public static GpHyperparameters fromLog(double[] theta) {
        int d = theta.length - 2;
        double[] lengthScales = new double[d];
        for (int i = 0; i < d; i++) {
            lengthScales[i] = Math.exp(theta[i]);
        }
        return new GpHyperparameters(lengthScales, Math.exp(theta[d]), Math.exp(theta[d + 1]));
    }

    @Override
    public String toString() {
        return "GpHyperparameters[lengthScales=" + Arrays.toString(lengthScales) + ", signalVariance=" + signalVariance
                + ", noiseVariance=" + noiseVariance + "]";
    }
}
