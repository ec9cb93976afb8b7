package io.oeml.optimizer.search.bayes.acquisition;

import org.hipparchus.special.Erf;

/**
 * The logarithm of expected improvement below {@code best} for a Gaussian posterior, computed without underflow far
 * from the incumbent (Ament et al. 2023, "Unexpected improvements to expected improvement"): {@code log EI = log sd +
 * log h(z)}, {@code z = (best - mean) / sd}, {@code h(z) = phi(z) + z Phi(z)}. For z below -1, {@code h(z) = phi(z) (1
 * - t M(t))} with {@code t = -z} and Mills' ratio {@code M(t) = Phi(-t) / phi(t)}, replaced by its asymptotic series
 * where erfc underflows.
 */
public final class LogExpectedImprovement {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SQRT2 = Math.sqrt(2);

    private LogExpectedImprovement() {
    }

    public static double of(double mean, double standardDeviation, double best) {
        double z = (best - mean) / standardDeviation;
        return Math.log(standardDeviation) + logH(z);
    }

    static double logH(double z) {
        if (z > -1) {
            double cdf = 0.5 * Erf.erfc(-z / SQRT2);
            return Math.log(Math.exp(logPdf(z)) + z * cdf);
        }
        double t = -z;
        double tail;
        if (t < 25) {
            double millsRatio = 0.5 * Erf.erfc(t / SQRT2) / Math.exp(logPdf(t));
            tail = 1 - t * millsRatio;
        } else {
            double inverseSquare = 1 / (t * t);
            tail = inverseSquare * (1 - 3 * inverseSquare * (1 - 5 * inverseSquare));
        }
        return logPdf(z) + Math.log(tail);
    }

    private static double logPdf(double z) {
        return -0.5 * z * z - LOG_SQRT_2PI;
    }
}
