package io.oeml.optimizer.space;

/**
 * One thing wrong with a custom space or its fixed options.
 *
 * @param field where, e.g. {@code parameters[2].high} or {@code fixed.num_ctx}
 */
public record SpaceProblem(String field, String message) {
}
