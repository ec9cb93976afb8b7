package io.oeml.optimizer.search.space;

/** A real number in [low, high]; {@code log} searches it on a logarithmic scale (then low must be above 0). */
public record FloatParameter(String name, double low, double high, boolean log) implements Parameter {

    public FloatParameter {
        Parameter.requireName(name);
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new InvalidSpaceException("parameter '" + name + "': bounds must be finite numbers");
        }
        if (low >= high) {
            throw new InvalidSpaceException("parameter '" + name + "': low (" + low + ") must be below high (" + high
                    + ")");
        }
        if (log && low <= 0) {
            throw new InvalidSpaceException("parameter '" + name + "': a log-scale parameter needs low > 0, not " + low);
        }
    }

    @Override
    public Double fromUnit(double u) {
        double value = log ? Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low))) : low + u * (high - low);
        return Math.min(high, Math.max(low, value));
    }
}
