package io.oeml.optimizer.search.bayes.gp;

/** The posterior of the latent function at one point: mean and variance (observation noise excluded). */
public record Prediction(double mean, double variance) {

    public double standardDeviation() {
        return Math.sqrt(variance);
    }
}
