package io.oeml.optimizer.search.space;

/** One named dimension of a {@link SearchSpace}. */
public sealed interface Parameter permits FloatParameter, IntParameter, CategoricalParameter {

    String name();

    /**
     * The value at position {@code u} of the unit interval [0, 1): linear or logarithmic for numbers, equal-width bins
     * for integers and categoricals. Random search, Sobol points and the Bayesian encoding all map through this.
     */
    Object fromUnit(double u);

    static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidSpaceException("a parameter needs a non-blank name");
        }
    }
}
