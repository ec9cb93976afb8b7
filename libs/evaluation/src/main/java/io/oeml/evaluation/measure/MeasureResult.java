package io.oeml.evaluation.measure;

/**
 * The value of one {@link SuiteMeasure} in one trial.
 *
 * @param value 0 to 1
 */
public record MeasureResult(String name, double value, double weight) {
}
