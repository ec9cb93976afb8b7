package io.oeml.optimizer.search.space;

/** An integer in [low, high], both inclusive; {@code log} searches it on a logarithmic scale (then low must be above 0). */
public record IntParameter(String name, int low, int high, boolean log) implements Parameter {

    public IntParameter {
        Parameter.requireName(name);
        if (low > high) {
            throw new InvalidSpaceException("parameter '" + name + "': low (" + low + ") must not be above high (" + high
                    + ")");
        }
        if (log && low <= 0) {
            throw new InvalidSpaceException("parameter '" + name + "': a log-scale parameter needs low > 0, not " + low);
        }
    }

    /** How many integers the range holds. */
    public int count() {
        return high - low + 1;
    }

    /** Each integer owns an equal share of the unit interval, on the log scale of [low, high + 1) when {@code log}. */
    @Override
    public Integer fromUnit(double u) {
        double value = log ? Math.exp(Math.log(low) + u * (Math.log(high + 1.0) - Math.log(low))) : low + u * count();
        return (int) Math.min(high, Math.max(low, Math.floor(value)));
    }
}
